import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";
import { createSharedPlan, joinAsCandidate } from "./plan-api";

/**
 * Opens `path` with the page's scripts held back until `tap` is done, as on a slow phone where the page shows
 * seconds before React has hydrated it: whatever `tap` does lands on the server's HTML.
 */
async function tapBeforeHydration(page: Page, path: string, tap: () => Promise<void>): Promise<void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheets come as they would, and the page renders.
  await page.route((url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"), async (route) => {
    await released;
    await route.continue();
  });
  // Not "domcontentloaded": the scripts held back keep the document from completing.
  await page.goto(path, { waitUntil: "commit" });
  await tap();
  release();
  await page.unrouteAll({ behavior: "wait" });
}

test("a tap on a control before the page has hydrated takes effect once it has: a step ticked done, a dialog opened", async ({
  page: recruiter,
  browser,
}) => {
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);

  const step = candidate.getByRole("region", { name: /Know the people you're meeting/ });
  await tapBeforeHydration(candidate, `/interviews/${plan.planId}/prepare`, async () => {
    await expect(candidate.getByText("0 of 5 steps done")).toBeVisible();
    await step.getByLabel("Mark this step done").click();
  });
  await expect(candidate.getByText("1 of 5 steps done")).toBeVisible();
  await expect(step.getByRole("status").filter({ hasText: "Saving…" })).toHaveCount(0);
  await candidate.reload();
  await expect(candidate.getByText("1 of 5 steps done")).toBeVisible();
  await context.close();

  await tapBeforeHydration(recruiter, `/plans/${plan.planId}`, async () => {
    await recruiter.getByRole("button", { name: "Let the candidate pick the time" }).click();
  });
  await expect(recruiter.getByRole("dialog", { name: `Let ${plan.candidateName} pick the time` })).toBeVisible();
});
