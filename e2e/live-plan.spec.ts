import { expect, test, type Page } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { signUp } from "./helpers";
import { createSharedPlan, joinAsCandidate, trpcMutation, trpcQuery, type SharedPlan } from "./plan-api";

/** A wall-clock time in UTC, as the plan form's "startsAtLocal" (minutes precision). */
function utcLocal(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}

/** A calendar day `days` from today (UTC), as an input[type=date] value. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The meeting took place three hours ago, so next steps are open. */
async function meetingHeld(recruiter: Page, plan: SharedPlan) {
  const current = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  const content = samplePlanContent({ candidateEmail: plan.candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(-3 * 3_600_000) });
  await trpcMutation(recruiter.request, "plan.update", { ...content, planId: plan.planId, expectedVersion: current.version });
}

test("a goal the candidate adds shows on the recruiter's open page without a reload", async ({ page: recruiter, browser }) => {
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  await recruiter.goto(`/plans/${plan.planId}`);
  const theirs = recruiter.getByRole("list", { name: "The candidate's shared goals" });
  await expect(recruiter.getByText("The candidate hasn't shared any goals yet.")).toBeVisible();

  const panel = candidate.getByRole("region", { name: "Goals" });
  await panel.getByRole("button", { name: "Add a goal" }).click();
  await panel.getByLabel("Goal", { exact: true }).fill("Meet the people I would work with");
  await panel.getByRole("button", { name: "Add goal" }).click();
  await expect(panel.getByRole("list", { name: "Your goals" }).getByRole("listitem", { name: "Meet the people I would work with" })).toBeVisible();

  // No reload on the recruiter's side: the live event brings it within a second.
  await expect(theirs.getByRole("listitem", { name: "Meet the people I would work with" })).toBeVisible({ timeout: 1_000 });
  await context.close();
});

test("both sides edit the same next step at once: one sees the conflict, re-applies, and both edits hold", async ({ page: recruiter, browser }) => {
  test.setTimeout(90_000);
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  await meetingHeld(recruiter, plan);
  await trpcMutation(recruiter.request, "nextStep.propose", {
    planId: plan.planId,
    description: "Send the written offer",
    owner: "recruiter",
    dueOn: null,
  });

  await recruiter.goto(`/plans/${plan.planId}`);
  await candidate.reload();
  const stepOn = (page: Page, name: string) => page.getByRole("region", { name: "Next steps" }).getByRole("listitem", { name });
  await stepOn(recruiter, "Send the written offer").getByRole("button", { name: /^Edit/ }).click();
  await stepOn(candidate, "Send the written offer").getByRole("button", { name: /^Edit/ }).click();
  const recruiterForm = stepOn(recruiter, "Edit step");
  const candidateForm = stepOn(candidate, "Edit step");

  // The candidate rewords it and saves first.
  await candidateForm.getByLabel("What happens next").fill("Send the written offer with the equity terms");
  await candidateForm.getByRole("button", { name: "Save changes" }).click();
  await expect(stepOn(candidate, "Send the written offer with the equity terms")).toBeVisible();

  // The recruiter, still on the old version, sets a due date: refused, the draft kept, both versions shown.
  const due = dayFromNow(10);
  await recruiterForm.getByLabel("Due date (optional)").fill(due);
  await recruiterForm.getByRole("button", { name: "Save changes" }).click();
  const conflict = recruiterForm.getByRole("alert", { name: "Changed meanwhile" });
  await expect(conflict).toContainText("Someone else changed this step while you were editing");
  await expect(conflict).toContainText("Now: Send the written offer with the equity terms");
  await expect(conflict).toContainText("Yours: Send the written offer");
  await expect(recruiterForm.getByLabel("Due date (optional)")).toHaveValue(due);

  // One click applies the recruiter's change (the date) on top of the candidate's (the wording).
  await conflict.getByRole("button", { name: "Apply my changes to the latest version" }).click();
  const merged = stepOn(recruiter, "Send the written offer with the equity terms");
  await expect(merged.getByRole("link", { name: /Add to calendar/ })).toBeVisible();
  const { steps } = await trpcQuery<{ steps: { description: string; dueOn: string | null }[] }>(recruiter.request, "nextStep.list", {
    planId: plan.planId,
  });
  expect(steps).toEqual([expect.objectContaining({ description: "Send the written offer with the equity terms", dueOn: due })]);

  // The candidate's open page follows without a reload.
  await expect(stepOn(candidate, "Send the written offer with the equity terms").getByRole("link", { name: /Add to calendar/ })).toBeVisible({
    timeout: 2_000,
  });
  await context.close();
});

test("a private note saved from another tab meanwhile is never overwritten: the draft stays, and re-applying saves it", async ({ page: recruiter, browser }) => {
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  const { context, page: first } = await joinAsCandidate(browser, plan);
  const second = await context.newPage();
  const openHeldBack = async (page: Page) => {
    await page.goto(`/interviews/${plan.planId}/prepare`);
    await page.getByRole("button", { name: /What else you want to know, and what has held you back/ }).click();
    return page.getByLabel("What has held you back before?");
  };
  const firstNote = await openHeldBack(first);
  const secondNote = await openHeldBack(second);

  // The second tab starts typing; the first saves before it does.
  await secondNote.fill("Roles where nobody owned the product");
  await firstNote.fill("No budget for training");
  await firstNote.blur();
  await expect(first.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  // The second tab's text is still there after the live refetch; its save is refused and shows both versions.
  await secondNote.blur();
  const conflict = second.getByRole("alert", { name: "Changed meanwhile" });
  await expect(conflict).toContainText("Now: No budget for training");
  await expect(conflict).toContainText("Yours: Roles where nobody owned the product");
  await expect(secondNote).toHaveValue("Roles where nobody owned the product");
  await conflict.getByRole("button", { name: "Apply my changes to the latest version" }).click();
  await expect(conflict).toBeHidden();
  await expect(second.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  const saved = await trpcQuery<{ heldBackNote: string }>(first.request, "preparation.get", { planId: plan.planId });
  expect(saved.heldBackNote).toBe("Roles where nobody owned the product");

  // The first tab, which has nothing unsaved, follows by itself.
  await expect(firstNote).toHaveValue("Roles where nobody owned the product", { timeout: 2_000 });
  await context.close();
});
