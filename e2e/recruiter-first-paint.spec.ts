import { expect, test } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { signUpRecruiter } from "./helpers";
import { createSharedPlan, trpcMutation, trpcQuery } from "./plan-api";

/** A wall-clock time in UTC, as the plan form's "startsAtLocal" (minutes precision). */
const utcLocal = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 16);

const GOAL = "See how the candidate reasons about a flaky test";
const STEP = "Send the take-home exercise";

test("the recruiter's plan page is complete in its first HTML: goals, next steps and timeline without JavaScript", async ({
  page,
  browser,
}) => {
  await signUpRecruiter(page);
  const plan = await createSharedPlan(page, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  await trpcMutation(page.request, "goal.add", { planId: plan.planId, kind: "team_goal", text: GOAL, priority: "must", visibility: "shared" });
  // The meeting took place three hours ago, so next steps are open; the recruiter proposes one.
  const current = await trpcQuery<{ version: number }>(page.request, "plan.get", { planId: plan.planId });
  const content = samplePlanContent({ candidateEmail: plan.candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(-3 * 3_600_000) });
  await trpcMutation(page.request, "plan.update", { ...content, planId: plan.planId, expectedVersion: current.version });
  await trpcMutation(page.request, "nextStep.propose", { planId: plan.planId, description: STEP, owner: "recruiter" });

  // The HTML the server sends already holds every panel's data.
  const response = await page.request.get(`/plans/${plan.planId}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(GOAL);
  expect(html).toContain(STEP);
  expect(html).not.toContain("Loading goals");

  // And a browser without JavaScript shows it: nothing waits for a client-side fetch.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const reader = await noScript.newPage();
  await reader.goto(`/plans/${plan.planId}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(plan.candidateName);
  await expect(reader.getByRole("list", { name: "Your goals", exact: true }).getByText(GOAL)).toBeVisible();
  await expect(reader.getByRole("region", { name: "Next steps" }).getByRole("heading", { name: STEP })).toBeVisible();
  await expect(reader.getByText(/Loading/)).toHaveCount(0);
  await noScript.close();
});
