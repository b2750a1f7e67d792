import { expect, test, type Locator, type Page } from "@playwright/test";
import { newestOutboxLink, signUp } from "./helpers";
import { createSharedPlan, joinAsCandidate, joinLink, trpcMutation, trpcQuery, type SharedPlan } from "./plan-api";

/** Set E2E_SCREENSHOTS=/tmp/some-dir to save each key page at 1280 and 375 px wide. */
async function snap(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
    if (width === 375) {
      // Phone pages are long: also save them in screen-sized parts that stay readable.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < height; y += 1000, part++)
        await page.screenshot({ path: `${dir}/${name}-375-part${part}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: Math.min(1000, height - y) } });
    }
  }
  if (size) await page.setViewportSize(size);
}

/**
 * Ticks a preparation step done and waits until the tick is saved: it shows at once, its save is on the way,
 * and a reload or a read by the recruiter before the save lands would still see the step undone.
 */
async function markStepDone(step: Locator) {
  await step.getByLabel("Mark this step done").check();
  await expect(step.getByRole("status").filter({ hasText: "Saving…" })).toHaveCount(0);
}

interface PlanView {
  preparation: { stepsDone: number; sharedGoals: number; itemsToRevisit: number };
  firstInterview: { id: string; version: number; topic: string; status: string; flaggedBySide: string | null; comments: { side: string; text: string }[] }[];
}
interface GoalList {
  mySide: string;
  goals: { id: string; side: string; text: string; version: number; visibility: string }[];
}

test("the candidate follows the emailed link, sees the plan and downloads the meeting", async ({ page, browser }) => {
  const recruiter = await signUp(page);
  const plan = await createSharedPlan(page);

  // In New York the London meeting shows at 05:00 local time, with the meeting's own zone named.
  const { context, page: candidate } = await joinAsCandidate(browser, plan, { timezoneId: "America/New_York" });
  await expect(candidate.getByRole("heading", { level: 1 })).toHaveText(`${plan.roleTitle} at ${plan.hiringCompany}`);
  await expect(candidate.getByText(recruiter.organisationName).first()).toBeVisible();
  const meeting = candidate.getByRole("region", { name: "The meeting" });
  await expect(meeting).toContainText("05:00 (your time)");
  await expect(meeting).toContainText("10:00 Europe/London");
  await expect(meeting.getByRole("link", { name: /Join the video call/ })).toHaveAttribute("href", "https://meet.example.com/lumen-design");
  await expect(meeting.getByText("Portfolio deep dive")).toBeVisible();

  const people = candidate.getByRole("list", { name: "People you're meeting" });
  await expect(people.getByRole("listitem", { name: "Maya Chen" })).toContainText("Head of Design");
  await expect(people.getByRole("listitem", { name: "Maya Chen" })).toContainText("How you run research with clinicians");
  await expect(people.getByRole("listitem", { name: "Tom Okafor" })).toBeVisible();
  await expect(candidate.getByRole("region", { name: "Prepare for this interview" })).toContainText("0 of 5 steps done");
  await snap(candidate, "candidate-plan");

  // The calendar file: a real download, and served as text/calendar.
  const [download] = await Promise.all([candidate.waitForEvent("download"), meeting.getByRole("link", { name: "Add to calendar" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await candidate.request.get(`/api/interviews/${plan.planId}/calendar`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("BEGIN:VEVENT");

  // The dashboard lists the interview.
  await candidate.goto("/dashboard");
  await expect(candidate.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  const listed = candidate.getByRole("list", { name: "My interviews" }).getByRole("link");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(recruiter.organisationName);
  await expect(listed).toContainText("05:00 (your time)");
  await snap(candidate, "candidate-dashboard");
  await listed.click();
  await expect(candidate).toHaveURL(new RegExp(`/interviews/${plan.planId}$`));

  // Another candidate, invited to another plan, cannot open this one.
  const other = await createSharedPlan(page, { candidateName: "Sam Other" });
  const second = await joinAsCandidate(browser, other);
  const response = await second.page.goto(`/interviews/${plan.planId}`);
  expect(response?.status()).toBe(404);
  await expect(second.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await second.page.request.get(`/api/interviews/${plan.planId}/calendar`)).status()).toBe(404);
  expect((await second.page.goto(`/interviews/${plan.planId}/prepare`))?.status()).toBe(404);
  await second.context.close();
  await context.close();
});

test("a replaced invitation link explains itself and asks the recruiter for a new one", async ({ page, browser }) => {
  const recruiter = await signUp(page);
  const plan = await createSharedPlan(page);
  const firstLink = await joinLink(page, plan);
  // Resending the invitation revokes the first link.
  await trpcMutation(page.request, "plan.share", { planId: plan.planId });
  const secondLink = await joinLink(page, plan);
  expect(secondLink).not.toBe(firstLink);

  const context = await browser.newContext();
  const candidate = await context.newPage();
  await candidate.goto(firstLink);
  await expect(candidate.getByRole("heading", { level: 1, name: "This invitation link was replaced" })).toBeVisible();
  await expect(candidate.getByText(`Your recruiter at ${recruiter.organisationName}`)).toBeVisible();
  await snap(candidate, "join-replaced");
  await candidate.getByRole("button", { name: "Ask for a new link" }).click();
  await expect(candidate.getByText("We've let your recruiter know.")).toBeVisible();
  expect(await newestOutboxLink(page, recruiter.email, /asked for a new link/)).toContain(`/plans/${plan.planId}`);

  // The newest link works, once; opening it alone spends nothing.
  await candidate.goto(secondLink);
  await candidate.goto(secondLink);
  await expect(
    candidate.getByRole("heading", {
      level: 1,
      name: `${recruiter.organisationName} invited you to prepare for your second interview: ${plan.roleTitle} at ${plan.hiringCompany}`,
    }),
  ).toBeVisible();
  await snap(candidate, "join-valid");
  await candidate.getByRole("button", { name: "Open my plan" }).click();
  await expect(candidate).toHaveURL(new RegExp(`/interviews/${plan.planId}$`));
  await context.close();

  // Used: the page offers to sign in with an emailed link instead.
  const laterContext = await browser.newContext();
  const later = await laterContext.newPage();
  await later.goto(secondLink);
  await expect(later.getByRole("heading", { level: 1, name: "This invitation link was already used" })).toBeVisible();
  await later.getByLabel("Email", { exact: true }).fill(plan.candidateEmail);
  await later.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(later.getByText(`If an account exists for ${plan.candidateEmail}`)).toBeVisible();
  await later.goto(await newestOutboxLink(later, plan.candidateEmail, /sign-in link/i));
  await later.getByRole("button", { name: "Continue to Second Round" }).click();
  await expect(later.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  await later.getByRole("list", { name: "My interviews" }).getByRole("link").click();
  await expect(later).toHaveURL(new RegExp(`/interviews/${plan.planId}$`));
  await laterContext.close();

  // A link that never existed gets the same friendly page.
  const stranger = await browser.newPage();
  await stranger.goto("/join/not-a-real-token");
  await expect(stranger.getByRole("heading", { level: 1, name: "This invitation link doesn't work" })).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Ask for a new link" })).toBeVisible();
  await stranger.close();
});

test("the candidate prepares in five steps; the recruiter sees progress and shared goals, never private ones", async ({ page, browser }) => {
  await signUp(page);
  const plan = await createSharedPlan(page);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  const privateDoubt = `Private doubt ${Math.random().toString(36).slice(2, 8)}: will the team really let me lead research?`;
  const sharedGoal = `Shared goal ${Math.random().toString(36).slice(2, 8)}: see how design decisions are made`;

  await candidate.getByRole("link", { name: /Start preparing/ }).click();
  await expect(candidate).toHaveURL(new RegExp(`/interviews/${plan.planId}/prepare$`));
  await expect(candidate.getByText("0 of 5 steps done")).toBeVisible();

  // Step 1 opens first: a private note per interviewer, saved on blur.
  const step1 = candidate.getByRole("region", { name: /Know the people you're meeting/ });
  await expect(step1).toBeVisible();
  await expect(step1).toContainText("How you run research with clinicians");
  await step1.getByLabel("Your notes on Maya Chen").fill("Ask about the design system she built.");
  await step1.getByLabel("Your notes on Maya Chen").blur();
  await expect(step1.getByText("Saved", { exact: true })).toBeVisible();
  await markStepDone(step1);
  await expect(candidate.getByText("1 of 5 steps done")).toBeVisible();

  // Coming back resumes at the first step not yet done, with the note kept.
  await candidate.reload();
  const step2 = candidate.getByRole("region", { name: /What you want to establish, and your doubts/ });
  await expect(step2).toBeVisible();
  await expect(step1).toBeHidden();
  await snap(candidate, "prepare");

  await step2.getByRole("button", { name: "Add a goal or a doubt" }).click();
  await step2.getByLabel("Kind of goal").selectOption({ label: "Doubts to resolve" });
  await step2.getByLabel("Goal", { exact: true }).fill(privateDoubt);
  await step2.getByRole("radio", { name: "Private" }).check();
  await expect(step2.getByText("Private: only you see this.")).toBeVisible();
  await step2.getByRole("button", { name: "Add goal" }).click();
  const doubt = step2.getByRole("listitem", { name: privateDoubt });
  await expect(doubt).toBeVisible();
  await expect(doubt.getByText("Private", { exact: true })).toBeVisible();

  await step2.getByRole("button", { name: "Add a goal or a doubt" }).click();
  await step2.getByLabel("Kind of goal").selectOption({ label: "What I want to establish" });
  await step2.getByLabel("Goal", { exact: true }).fill(sharedGoal);
  await step2.getByLabel("Priority").selectOption({ label: "Must" });
  await step2.getByRole("button", { name: "Add goal" }).click();
  await expect(step2.getByRole("listitem", { name: sharedGoal })).toBeVisible();
  await markStepDone(step2);
  await expect(candidate.getByText("2 of 5 steps done")).toBeVisible();
  await step2.getByRole("button", { name: "Next step" }).click();

  const step3 = candidate.getByRole("region", { name: /What else you want to know/ });
  await step3.getByLabel("What has held you back before?").fill("Slow sign-off on design changes.");
  await step3.getByLabel("What has held you back before?").blur();
  await expect(step3.getByText("Saved", { exact: true })).toBeVisible();
  await markStepDone(step3);
  await step3.getByRole("button", { name: "Next step" }).click();

  const step4 = candidate.getByRole("region", { name: /What you must know before you leave/ });
  await step4.getByRole("button", { name: "Add something you must know" }).click();
  await step4.getByLabel("What must you know before you leave?").fill("Who signs off the offer, and when?");
  await step4.getByRole("button", { name: "Add goal" }).click();
  await expect(step4.getByRole("listitem", { name: "Who signs off the offer, and when?" })).toBeVisible();
  await markStepDone(step4);
  await step4.getByRole("button", { name: "Next step" }).click();

  const step5 = candidate.getByRole("region", { name: /What the interviewer wants to achieve/ });
  await markStepDone(step5);
  await expect(candidate.getByText("5 of 5 steps done")).toBeVisible();
  await expect(candidate.getByText("You're prepared")).toBeVisible();

  // The recruiter: counts and the shared goal, never the private doubt.
  const planView = await trpcQuery<PlanView>(page.request, "plan.get", { planId: plan.planId });
  expect(planView.preparation.stepsDone).toBe(5);
  expect(planView.preparation.sharedGoals).toBe(2);
  const goalsRaw = await page.request.get(`/api/trpc/goal.list?input=${encodeURIComponent(JSON.stringify({ json: { planId: plan.planId } }))}`);
  const goalsText = await goalsRaw.text();
  expect(goalsText).toContain(sharedGoal);
  expect(goalsText).not.toContain(privateDoubt);
  expect(goalsText).not.toContain("Slow sign-off");
  const recruiterPage = await page.goto(`/plans/${plan.planId}`);
  if (recruiterPage?.ok()) {
    // The recruiter's page (built alongside): once its goals have loaded, the private doubt is nowhere in it.
    await expect(page.getByText(sharedGoal).first()).toBeVisible();
    expect(await page.content()).not.toContain(privateDoubt);
    expect(await recruiterPage.text()).not.toContain(privateDoubt);
  }

  // The recruiter adds a shared team goal and a private one; the candidate sees only the shared one.
  const teamGoal = "See how you handle a late design change";
  const privateTeamGoal = `Internal only ${Math.random().toString(36).slice(2, 8)}: check salary flexibility`;
  await trpcMutation(page.request, "goal.add", { planId: plan.planId, kind: "team_goal", text: teamGoal, priority: "must" });
  await trpcMutation(page.request, "goal.add", { planId: plan.planId, kind: "challenge", text: privateTeamGoal, visibility: "private" });

  await candidate.goto(`/interviews/${plan.planId}`);
  const theirs = candidate.getByRole("list", { name: "The interviewing team's goals" });
  await expect(theirs.getByRole("listitem", { name: teamGoal })).toBeVisible();
  await expect(theirs.getByRole("listitem")).toHaveCount(1);
  expect(await candidate.content()).not.toContain(privateTeamGoal);
  const mine = candidate.getByRole("list", { name: "Your goals" });
  await expect(mine.getByRole("listitem", { name: privateDoubt }).getByText("Private", { exact: true })).toBeVisible();
  await snap(candidate, "candidate-plan-goals");

  await candidate.goto(`/interviews/${plan.planId}/prepare`);
  await candidate.getByRole("button", { name: /Step 5: What the interviewer wants to achieve/ }).click();
  const theirGoal = step5.getByRole("listitem", { name: teamGoal });
  await theirGoal.getByLabel("I've considered this").check();
  await theirGoal.getByLabel("How you'll address it").fill("Bring the checkout redesign story.");
  await theirGoal.getByLabel("How you'll address it").blur();
  await expect(theirGoal.getByText("Saved", { exact: true })).toBeVisible();
  await snap(candidate, "prepare-step5");
  type Acknowledgements = { acknowledgements: { goalId: string; note: string; version: number }[] };
  const prep = await trpcQuery<Acknowledgements>(candidate.request, "preparation.get", { planId: plan.planId });
  expect(prep.acknowledgements).toEqual([expect.objectContaining({ note: "Bring the checkout redesign story.", version: 2 })]);

  // Another tab saves the note while this one is being edited: the stale save is refused, the draft is kept,
  // and re-applying it saves on top of the latest version.
  const note = theirGoal.getByLabel("How you'll address it");
  await note.fill("My stale edit of the note.");
  const [ack] = prep.acknowledgements;
  await trpcMutation(candidate.request, "preparation.acknowledgeGoal", {
    planId: plan.planId,
    goalId: ack!.goalId,
    acknowledged: true,
    note: "Saved from another tab.",
    expectedVersion: ack!.version,
  });
  await note.blur();
  const conflict = theirGoal.getByRole("alert", { name: "Changed meanwhile" });
  await expect(conflict).toContainText("Now: Saved from another tab.");
  await expect(conflict).toContainText("Yours: My stale edit of the note.");
  await expect(note).toHaveValue("My stale edit of the note.");
  await conflict.getByRole("button", { name: "Apply my changes to the latest version" }).click();
  await expect(conflict).toBeHidden();
  await expect(theirGoal.getByText("Saved", { exact: true })).toBeVisible();
  const reapplied = await trpcQuery<Acknowledgements>(candidate.request, "preparation.get", { planId: plan.planId });
  expect(reapplied.acknowledgements).toEqual([expect.objectContaining({ note: "My stale edit of the note.", version: 4 })]);
  // The acknowledgement stays the candidate's: the organisation cannot read the preparation at all.
  const asRecruiter = await page.request.get(`/api/trpc/preparation.get?input=${encodeURIComponent(JSON.stringify({ json: { planId: plan.planId } }))}`);
  expect(asRecruiter.status()).toBe(404);
  await context.close();
});

test("both sides flag and discuss what the first interview established", async ({ page, browser }) => {
  const recruiter = await signUp(page);
  const plan: SharedPlan = await createSharedPlan(page);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);

  const established = candidate.getByRole("list", { name: "What the first interview established" });
  await established.getByRole("button", { name: "Flag to revisit: Location" }).click();
  const dialog = candidate.getByRole("dialog", { name: "Flag “Location” to revisit" });
  await dialog.getByRole("button", { name: "Flag to revisit" }).click();
  await expect(dialog.getByText("Enter what needs revisiting.")).toBeVisible();
  await dialog.getByLabel("What needs revisiting?").fill("I was told three office days at the end of the call.");
  await snap(candidate, "flag-dialog");
  await dialog.getByRole("button", { name: "Flag to revisit" }).click();
  await expect(dialog).toBeHidden();

  const checks = candidate.getByRole("list", { name: "Items to revisit" });
  const location = checks.getByRole("listitem", { name: "Location" });
  await expect(location).toContainText("Flagged by you");
  await expect(location).toContainText("I was told three office days");

  // The recruiter sees the flag, replies, and flags another item.
  let view = await trpcQuery<PlanView>(page.request, "plan.get", { planId: plan.planId });
  const locationItem = view.firstInterview.find((i) => i.topic === "location")!;
  const packageItem = view.firstInterview.find((i) => i.topic === "package")!;
  expect(locationItem).toMatchObject({ status: "to_revisit", flaggedBySide: "candidate" });
  await trpcMutation(page.request, "consistency.reply", { planId: plan.planId, itemId: locationItem.id, text: "It is two days; we'll confirm in writing." });
  await trpcMutation(page.request, "consistency.flag", { planId: plan.planId, itemId: packageItem.id, expectedVersion: packageItem.version, comment: "The range moved since; let's talk it through." });

  await candidate.reload();
  await expect(location).toContainText("The interviewing team");
  await expect(location).toContainText(recruiter.name);
  await expect(location).toContainText("It is two days");
  await expect(checks.getByRole("listitem", { name: "Package" })).toContainText("Flagged by the interviewing team");
  await snap(candidate, "consistency-checks");

  await location.getByLabel("Reply about “Location”").fill("Thanks, two days works for me.");
  await location.getByRole("button", { name: "Send reply" }).click();
  await expect(location).toContainText("Thanks, two days works for me.");
  await expect(location.getByLabel("Reply about “Location”")).toHaveValue("");

  await location.getByRole("button", { name: "Mark as agreed: Location" }).click();
  await expect(location).toBeHidden();
  await expect(established.getByRole("listitem", { name: "Location" })).toContainText("Agreed");

  view = await trpcQuery<PlanView>(page.request, "plan.get", { planId: plan.planId });
  expect(view.firstInterview.find((i) => i.topic === "location")).toMatchObject({ status: "agreed" });
  expect(view.firstInterview.find((i) => i.topic === "location")!.comments.map((c) => c.side)).toEqual(["candidate", "organisation", "candidate"]);
  expect(view.firstInterview.find((i) => i.topic === "package")).toMatchObject({ status: "to_revisit", flaggedBySide: "organisation" });

  // On the recruiter's page (when it exists), the same checks with the candidate named as such.
  if ((await page.goto(`/plans/${plan.planId}`))?.ok()) {
    const recruiterChecks = page.getByRole("list", { name: "Items to revisit" });
    await expect(recruiterChecks.getByRole("listitem", { name: "Package" })).toContainText("Flagged by your team");
    await snap(page, "recruiter-plan");
  }
  await context.close();
});

test("the candidate edits, reorders and deletes goals, and is told when someone else changed one", async ({ page, browser }) => {
  await signUp(page);
  const plan = await createSharedPlan(page);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  const mine = candidate.getByRole("list", { name: "Your goals" });
  const panel = candidate.getByRole("region", { name: "Goals", exact: true });

  for (const [kind, text] of [
    ["What I want to establish", "Understand the team's roadmap"],
    ["What I must know before I leave", "When will I hear back?"],
  ] as const) {
    await panel.getByRole("button", { name: "Add a goal" }).click();
    await panel.getByLabel("Kind of goal").selectOption({ label: kind });
    await panel.getByLabel("Goal", { exact: true }).fill(text);
    if (kind === "What I must know before I leave") await snap(candidate, "goal-form");
    await panel.getByRole("button", { name: "Add goal" }).click();
    await expect(mine.getByRole("listitem", { name: text })).toBeVisible();
  }
  await expect(mine.getByRole("listitem")).toHaveText([/Understand the team's roadmap/, /When will I hear back\?/]);

  await mine.getByRole("button", { name: "Move up: When will I hear back?" }).click();
  await expect(mine.getByRole("listitem")).toHaveText([/When will I hear back\?/, /Understand the team's roadmap/]);
  await expect(mine.getByRole("button", { name: "Move down: When will I hear back?" })).toBeFocused();
  await candidate.reload();
  await expect(mine.getByRole("listitem")).toHaveText([/When will I hear back\?/, /Understand the team's roadmap/]);

  // Edit inline.
  await mine.getByRole("button", { name: "Edit: Understand the team's roadmap" }).click();
  await mine.getByLabel("Goal", { exact: true }).fill("Understand the roadmap for next year");
  await mine.getByRole("button", { name: "Save changes" }).click();
  await expect(mine.getByRole("listitem", { name: "Understand the roadmap for next year" })).toBeVisible();

  // Someone else (here: the same person in another tab) saves first: the stale save is refused, never lost
  // silently, and the draft survives the live refetch; re-applying keeps both edits.
  await mine.getByRole("button", { name: "Edit: When will I hear back?" }).click();
  const goals = await trpcQuery<GoalList>(candidate.request, "goal.list", { planId: plan.planId });
  const stale = goals.goals.find((g) => g.text === "When will I hear back?")!;
  await trpcMutation(candidate.request, "goal.update", {
    planId: plan.planId,
    goalId: stale.id,
    expectedVersion: stale.version,
    kind: "must_know",
    text: "When will I hear back, and from whom?",
    priority: "must",
    visibility: "shared",
  });
  await mine.getByLabel("Goal", { exact: true }).fill("My stale edit");
  await mine.getByRole("button", { name: "Save changes" }).click();
  const conflict = mine.getByRole("alert", { name: "Changed meanwhile" });
  await expect(conflict).toContainText("Someone else changed this goal while you were editing");
  await expect(conflict).toContainText("Now: When will I hear back, and from whom?");
  await expect(conflict).toContainText("Yours: My stale edit");
  await expect(mine.getByLabel("Goal", { exact: true })).toHaveValue("My stale edit");
  await snap(candidate, "goal-conflict");
  await conflict.getByRole("button", { name: "Apply my changes to the latest version" }).click();
  const merged = mine.getByRole("listitem", { name: "My stale edit" });
  await expect(merged).toBeVisible();
  // The other tab's priority stays: only the field this person changed was applied on top.
  await expect(merged).toContainText("Must");

  // Delete, after confirming.
  await mine.getByRole("button", { name: "Delete: Understand the roadmap for next year" }).click();
  const confirm = candidate.getByRole("alertdialog", { name: "Delete this goal?" });
  await confirm.getByRole("button", { name: "Delete goal" }).click();
  await expect(confirm).toBeHidden();
  await expect(mine.getByRole("listitem")).toHaveCount(1);
  await snap(candidate, "goals-panel");
  await context.close();
});

test("a cancelled plan stays readable for the candidate but nothing can change", async ({ page, browser }) => {
  await signUp(page);
  const plan = await createSharedPlan(page);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  await trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind: "establish", text: "Meet the wider team" });
  const { version } = await trpcQuery<{ version: number }>(page.request, "plan.get", { planId: plan.planId });
  await trpcMutation(page.request, "plan.cancel", { planId: plan.planId, expectedVersion: version });

  await candidate.reload();
  await expect(candidate.getByText("This interview was cancelled")).toBeVisible();
  await expect(candidate.getByRole("list", { name: "Your goals" }).getByRole("listitem", { name: "Meet the wider team" })).toBeVisible();
  await expect(candidate.getByRole("button", { name: "Add a goal" })).toHaveCount(0);
  await expect(candidate.getByRole("button", { name: /^Edit:/ })).toHaveCount(0);
  await expect(candidate.getByRole("button", { name: /^Flag to revisit/ })).toHaveCount(0);
  await expect(candidate.getByRole("link", { name: "Add to calendar" })).toHaveCount(0);

  await candidate.getByRole("link", { name: /Review your preparation/ }).click();
  await expect(candidate.getByText("This interview was cancelled")).toBeVisible();
  await expect(candidate.getByRole("region", { name: /Know the people you're meeting/ }).getByLabel("Mark this step done")).toBeDisabled();
  await expect(candidate.getByLabel("Your notes on Maya Chen")).toBeDisabled();
  await context.close();
});
