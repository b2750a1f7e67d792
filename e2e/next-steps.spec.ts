import { expect, test, type Locator, type Page } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { openDialog, signUp, whenHydrated } from "./helpers";
import { createSharedPlan, joinAsCandidate, trpcMutation, trpcQuery } from "./plan-api";

/** Set E2E_SCREENSHOTS=/tmp/some-dir to save each key page at 1280 and 375 px wide. */
async function snap(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
  // Long full-page captures can leave the page without fresh frames for a moment: wait until it paints again.
  await page.bringToFront();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Nothing on the page forces sideways scrolling on a 375px phone. */
async function expectFitsPhone(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${page.url()} fits 375px`).toBe(true);
  if (size) await page.setViewportSize(size);
  await page.bringToFront();
}

/** A wall-clock time in UTC, as the plan form's "startsAtLocal" (minutes precision). */
function utcLocal(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}

/** A calendar day `days` from today (UTC), as an input[type=date] value. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const MUST_KNOW = "Who would I report to day to day?";
const REFERENCE_CHECK = "Reference check with two former managers";

function step(page: Page, name: string | RegExp): Locator {
  return page.getByRole("region", { name: "Next steps" }).getByRole("listitem", { name });
}

test("after the meeting both sides mark goals, agree next steps, see edits withdraw a confirmation, and the plan closes", async ({
  page: recruiter,
  browser,
}) => {
  test.setTimeout(120_000);

  // A plan shared for a meeting tomorrow; the candidate joins and records goals while preparing.
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  const { context: candidateContext, page: candidate } = await joinAsCandidate(browser, plan);
  await trpcMutation(candidate.request, "goal.add", {
    planId: plan.planId,
    kind: "must_know",
    text: MUST_KNOW,
    priority: "must",
    visibility: "shared",
  });
  await trpcMutation(candidate.request, "goal.add", {
    planId: plan.planId,
    kind: "establish",
    text: "Whether the team ships research-led work",
    priority: "should",
    visibility: "shared",
  });
  await trpcMutation(recruiter.request, "goal.add", {
    planId: plan.planId,
    kind: "team_goal",
    text: "See how Jordan handles a late design change",
    priority: "must",
    visibility: "shared",
  });

  // Before the meeting ends, next steps are not open yet.
  await candidate.reload();
  await expect(candidate.getByRole("region", { name: "Next steps" })).toContainText("Next steps open after the meeting");

  // The meeting took place: move it to three hours ago (the server accepts a past time on a shared plan).
  const current = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  const content = samplePlanContent({ candidateEmail: plan.candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(-3 * 3_600_000) });
  // One first-interview item to revisit: it becomes a consistency check among the open questions.
  const firstInterview = content.firstInterview.map((item, i) => (i === 1 ? { ...item, status: "to_revisit" } : item));
  await trpcMutation(recruiter.request, "plan.update", { ...content, firstInterview, planId: plan.planId, expectedVersion: current.version });

  // The candidate marks their goals in the debrief.
  await candidate.reload();
  const debrief = candidate.getByRole("region", { name: "Debrief" });
  await expect(debrief).toBeVisible();
  const establish = debrief.getByRole("listitem", { name: "Whether the team ships research-led work" });
  await (await whenHydrated(establish.getByRole("radio", { name: "Achieved", exact: true }))).check({ force: true });
  await expect(establish.getByRole("status")).toHaveText("Saved");
  const mustKnow = debrief.getByRole("listitem", { name: MUST_KNOW });
  await mustKnow.getByRole("radio", { name: "Partly" }).check({ force: true });
  await expect(mustKnow.getByRole("status")).toHaveText("Saved");
  await mustKnow.getByLabel("Note (optional)").fill("Two names came up; nobody confirmed which.");
  await mustKnow.getByRole("button", { name: "Save note" }).click();
  await expect(mustKnow.getByRole("status")).toHaveText("Saved");
  // The interviewing team's shared goal is there, read-only.
  await expect(debrief.getByRole("list", { name: "Outcomes of the interviewing team's goals" })).toContainText("See how Jordan handles");

  // The must-know question is still open: one click turns it into a next step owned by the recruiter.
  const questions = debrief.getByRole("list", { name: "Open questions" });
  await expect(questions).toContainText(MUST_KNOW);
  await expect(questions).toContainText("Hybrid: two days a week");
  await snap(candidate, "steps-candidate-debrief");
  await questions.getByRole("listitem").filter({ hasText: MUST_KNOW }).getByRole("button", { name: /Make it a next step/ }).click();
  const steps = candidate.getByRole("region", { name: "Next steps" });
  await expect(steps.getByLabel("What happens next")).toHaveValue(`Answer: ${MUST_KNOW}`);
  await expect(steps.getByLabel("What happens next")).toBeFocused();
  await expect(steps.getByLabel("Who does it")).toHaveValue("recruiter");
  await steps.getByRole("button", { name: "Propose step" }).click();
  const answerStep = step(candidate, `Answer: ${MUST_KNOW}`);
  await expect(answerStep).toContainText("Confirmed by you");
  await expect(answerStep).toContainText("Waiting for the interviewing team");
  await expect(steps.getByRole("status").first()).toContainText("1 step waiting for confirmation");
  await expect(questions.getByText("Already a next step")).toBeVisible();

  // The recruiter confirms it and proposes another, with a due date.
  await recruiter.goto(`/plans/${plan.planId}`);
  const recruiterAnswer = step(recruiter, `Answer: ${MUST_KNOW}`);
  await expect(recruiterAnswer).toContainText("Waiting for your confirmation");
  await (await whenHydrated(recruiterAnswer.getByRole("button", { name: /^Confirm/ }))).click();
  await expect(recruiterAnswer).toContainText("Agreed by both");
  const recruiterSteps = recruiter.getByRole("region", { name: "Next steps" });
  await expect(recruiterSteps).toContainText("Next steps agreed by both on");
  await recruiterSteps.getByRole("button", { name: "Propose a next step" }).click();
  await recruiterSteps.getByLabel("What happens next").fill(REFERENCE_CHECK);
  await recruiterSteps.getByLabel("Who does it").selectOption("hiring_company");
  await recruiterSteps.getByLabel("Due date (optional)").fill(dayFromNow(10));
  await recruiterSteps.getByRole("button", { name: "Propose step" }).click();
  const recruiterReference = step(recruiter, REFERENCE_CHECK);
  await expect(recruiterReference).toContainText("Waiting for the candidate");
  await expect(recruiterReference).toContainText("Hiring company");
  await expect(recruiterSteps).toContainText("1 step waiting for confirmation");

  // The candidate hears about it under the bell.
  await candidate.reload();
  const bell = candidate.getByRole("button", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await (await whenHydrated(bell)).click();
  const menu = candidate.getByRole("menu");
  await expect(menu).toContainText(`A next step was proposed for ${plan.roleTitle}`);
  await snap(candidate, "steps-candidate-bell");
  await menu.getByRole("menuitem", { name: "Mark all as read" }).click();
  await expect(menu.getByRole("menuitem", { name: "Mark all as read" })).toBeHidden();
  await candidate.keyboard.press("Escape");
  await expect(candidate.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();

  // The candidate confirms: every open step is agreed by both, on both sides.
  const reference = step(candidate, REFERENCE_CHECK);
  await expect(reference).toContainText("Confirmed by the interviewing team");
  await expect(reference.getByRole("link", { name: /Add to calendar/ })).toHaveAttribute(
    "href",
    new RegExp(`/api/plans/${plan.planId}/steps/[0-9a-f-]+/calendar$`),
  );
  const ics = await candidate.request.get((await reference.getByRole("link", { name: /Add to calendar/ }).getAttribute("href"))!);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain(REFERENCE_CHECK);
  await reference.getByRole("button", { name: /^Confirm/ }).click();
  await expect(reference).toContainText("Agreed by both");
  await expect(steps).toContainText("Next steps agreed by both on");
  await recruiter.reload();
  await expect(recruiterSteps).toContainText("Next steps agreed by both on");
  await snap(recruiter, "steps-recruiter-agreed");
  await expectFitsPhone(recruiter);
  await expectFitsPhone(candidate);

  // The recruiter moves the reference check's date: the candidate's confirmation is withdrawn.
  await recruiterReference.getByRole("button", { name: /^Edit/ }).click();
  const editForm = recruiter.getByRole("region", { name: "Next steps" }).getByRole("listitem", { name: "Edit step" });
  await expect(editForm).toContainText("Editing an agreed step asks the other side to confirm again.");
  await editForm.getByLabel("Due date (optional)").fill(dayFromNow(14));
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(recruiterReference).toContainText("Waiting for the candidate");
  await expect(recruiterSteps).toContainText("1 step waiting for confirmation");

  await candidate.reload();
  await expect(reference).toContainText("Waiting for your confirmation");
  await expect(steps).toContainText("1 step waiting for confirmation");
  const timeline = candidate.getByRole("region", { name: "Timeline" });
  await (await whenHydrated(timeline.getByRole("button", { name: "Show timeline" }))).click();
  const entries = timeline.getByRole("list", { name: "Timeline" });
  await expect(entries.getByRole("listitem").first()).toContainText(`edited “${REFERENCE_CHECK}” — your confirmation was withdrawn`);
  await expect(entries.getByRole("listitem").first()).toContainText(/Due date: \d+ \w+ \d{4} → \d+ \w+ \d{4}/);
  await expect(entries).toContainText("Both sides agreed every open step");
  await expect(entries).toContainText(`You confirmed “${REFERENCE_CHECK}”`);
  await expect(entries).toContainText("You accepted the invitation");
  await snap(candidate, "steps-candidate-withdrawn");
  await reference.getByRole("button", { name: /^Confirm/ }).click();
  await expect(reference).toContainText("Agreed by both");
  await expect(steps).toContainText("Next steps agreed by both on");

  // Two people editing at once: the recruiter's stale edit is refused and shows the conflict view, never overwrites;
  // the recruiter lets their draft go.
  await recruiter.reload();
  await expect(recruiterSteps).toContainText("Next steps agreed by both on");
  await (await whenHydrated(recruiterAnswer.getByRole("button", { name: /^Edit/ }))).click();
  const { steps: current2 } = await trpcQuery<{ steps: { id: string; description: string; version: number }[] }>(
    candidate.request,
    "nextStep.list",
    { planId: plan.planId },
  );
  const answer = current2.find((s) => s.description.startsWith("Answer:"))!;
  await trpcMutation(candidate.request, "nextStep.edit", {
    planId: plan.planId,
    stepId: answer.id,
    expectedVersion: answer.version,
    description: "Answer: who I would report to, in writing",
    owner: "recruiter",
    dueOn: null,
  });
  const staleForm = recruiterSteps.getByRole("listitem", { name: "Edit step" });
  await staleForm.getByLabel("What happens next").fill("Answer: the reporting line");
  await staleForm.getByRole("button", { name: "Save changes" }).click();
  const conflict = staleForm.getByRole("alert", { name: "Changed meanwhile" });
  await expect(conflict).toContainText("Now: Answer: who I would report to, in writing");
  await expect(conflict).toContainText("Yours: Answer: the reporting line");
  await conflict.getByRole("button", { name: "Discard my changes" }).click();
  const rewritten = step(recruiter, "Answer: who I would report to, in writing");
  await expect(rewritten).toContainText("Confirmed by the candidate");
  await expect(rewritten).toContainText("Waiting for your confirmation");

  // The candidate changes the step again: the open page shows the new version by itself, then confirms that one.
  await trpcMutation(candidate.request, "nextStep.edit", {
    planId: plan.planId,
    stepId: answer.id,
    expectedVersion: answer.version + 1,
    description: "Answer: who I would report to, in writing",
    owner: "recruiter",
    dueOn: dayFromNow(3),
  });
  await expect(rewritten.getByRole("link", { name: /Add to calendar/ })).toBeVisible();
  await rewritten.getByRole("button", { name: /^Confirm/ }).click();
  await expect(rewritten).toContainText("Agreed by both");

  // A step the other side never confirmed can be withdrawn outright.
  await recruiterSteps.getByRole("button", { name: "Propose a next step" }).click();
  await recruiterSteps.getByLabel("What happens next").fill("Coffee with the design team");
  await recruiterSteps.getByRole("button", { name: "Propose step" }).click();
  const coffee = step(recruiter, "Coffee with the design team");
  await expect(coffee).toContainText("Waiting for the candidate");
  await coffee.getByRole("button", { name: /^Drop/ }).click();
  await recruiter.getByRole("alertdialog").getByRole("button", { name: "Drop step" }).click();
  await expect(recruiter.getByRole("list", { name: "Done and dropped steps" })).toContainText("Coffee with the design team");
  await expect(recruiterSteps).toContainText("Next steps agreed by both on");

  // The recruiter closes the plan: a further round, with a message for the candidate.
  await recruiter.reload();
  await expect(recruiterSteps).toContainText("Next steps agreed by both on");
  const dialog = recruiter.getByRole("dialog", { name: "Close the plan with an outcome" });
  await openDialog(recruiter.getByRole("button", { name: "Close plan" }), dialog);
  await dialog.getByRole("button", { name: "Close plan" }).click();
  await expect(dialog.getByText("Choose the outcome.")).toBeVisible();
  await dialog.getByRole("radio", { name: /Further round/ }).check();
  await dialog.getByLabel(/Message to/).fill("Lumen would like you back to meet the CEO next week.");
  await snap(recruiter, "steps-recruiter-close-dialog");
  await dialog.getByRole("button", { name: "Close plan" }).click();
  await expect(dialog).toBeHidden();
  const recruiterOutcome = recruiter.getByRole("region", { name: "Outcome" });
  await expect(recruiterOutcome).toContainText("Outcome: Further round");
  await expect(recruiterOutcome).toContainText("Lumen would like you back");
  await expect(recruiterSteps.getByRole("button", { name: /^Confirm|^Edit/ })).toHaveCount(0);

  await candidate.reload();
  const outcome = candidate.getByRole("region", { name: "Outcome" });
  await expect(outcome).toContainText("Outcome: Further round");
  await expect(outcome).toContainText("Lumen would like you back to meet the CEO next week.");
  await expect(steps).toContainText("Next steps agreed by both on");
  await expect(steps.getByRole("button")).toHaveCount(0);
  await expect(debrief.getByRole("radio")).toHaveCount(0);
  await snap(candidate, "steps-candidate-closed");
  await expectFitsPhone(candidate);
  await candidateContext.close();
});

test("the email notifications setting can be turned off and on", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings/account");
  const toggle = page.getByRole("switch", { name: "Email notifications" });
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("Invitations, sign-in links and password resets are always emailed")).toBeVisible();
  await toggle.click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("only in the app");
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await snap(page, "steps-settings");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("emailed to you");
});
