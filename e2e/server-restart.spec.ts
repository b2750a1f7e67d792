import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";
import { currentPid, portA, urlOf } from "./instances";
import { createSharedPlan, joinAsCandidate, trpcMutation } from "./plan-api";

/**
 * The app server restarts (SIGTERM, as a deployment does; e2e/instance.mjs
 * starts it again) while both sides have the plan open: both pages reconnect
 * by themselves and catch up, without a reload. On either database.
 */
test("both open pages reconnect after a server restart and catch up, without a reload", async ({ page: recruiter, browser }) => {
  test.setTimeout(180_000);
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  await recruiter.goto(`/plans/${plan.planId}`);
  const candidateGoals = recruiter.getByRole("list", { name: "The candidate's shared goals" });
  const teamGoals = candidate.getByRole("list", { name: "The interviewing team's goals" });
  await expect(recruiter.getByText("The candidate hasn't shared any goals yet.")).toBeVisible();
  // Set on these documents only: a reload or a navigation would lose them.
  for (const page of [recruiter, candidate]) await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

  const pid = currentPid(portA);
  expect(pid).toBeTruthy();
  process.kill(pid!, "SIGTERM");
  await expect
    .poll(
      async () => {
        const now = currentPid(portA);
        if (!now || now === pid) return "old process";
        const health = await fetch(`${urlOf(portA)}/api/health`).catch(() => null);
        return health?.status === 200 ? "up" : "starting";
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe("up");

  // Written at once, most likely before the pages' streams are back: they learn of it from the catch-up.
  await trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind: "learn", text: "How the team plans its quarter", visibility: "shared" });
  await expect(candidateGoals.getByRole("listitem", { name: "How the team plans its quarter" })).toBeVisible({ timeout: 30_000 });
  // And once reconnected, each change arrives live again, the other way too.
  await trpcMutation(recruiter.request, "goal.add", { planId: plan.planId, kind: "team_goal", text: "See how you run research", visibility: "shared" });
  await expect(teamGoals.getByRole("listitem", { name: "See how you run research" })).toBeVisible({ timeout: 30_000 });

  for (const page of [recruiter, candidate]) expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
  await context.close();
});
