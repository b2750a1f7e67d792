import { expect, test } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { expectAccessible } from "./axe";
import { signUp } from "./helpers";
import { createSharedPlan, joinAsCandidate, TrpcCallError, trpcMutation, trpcQuery } from "./plan-api";

/** A wall-clock time in UTC, as the plan form's "startsAtLocal" (minutes precision). */
function utcLocal(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}

test("the candidate rates a closed plan once, and the recruiter's insights count it", async ({ page: recruiter, browser }) => {
  test.setTimeout(120_000);

  // A new organisation's only plans: one the candidate joins, held three hours ago and closed with an offer; one draft for tomorrow.
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  await trpcMutation(recruiter.request, "plan.create", samplePlanContent({ candidateEmail: "draft-candidate@example.com", timeZone: "UTC", startsAtLocal: utcLocal(48 * 3_600_000) }));
  const { context: candidateContext, page: candidate } = await joinAsCandidate(browser, plan);
  await expect(candidate.getByRole("heading", { name: "How did it go?" })).toHaveCount(0);

  const current = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  const held = samplePlanContent({ candidateEmail: plan.candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(-3 * 3_600_000) });
  await trpcMutation(recruiter.request, "plan.update", { ...held, planId: plan.planId, expectedVersion: current.version });
  const updated = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  await trpcMutation(recruiter.request, "plan.close", { planId: plan.planId, expectedVersion: updated.version, outcome: "offer", message: "" });

  // The candidate rates it: every question is a radio group named by its question.
  await candidate.reload();
  const form = candidate.getByRole("region", { name: "How did it go?" });
  await expect(form).toBeVisible();
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(form.getByRole("group", { name: "How well did this plan help you prepare?" })).toContainText("Choose a rating from 1 to 5.");
  await form.getByRole("group", { name: "How well did this plan help you prepare?" }).getByLabel("4 – Very good").check();
  await form.getByRole("group", { name: "How clear were the next steps?" }).getByLabel("5 – Excellent").check();
  await form.getByRole("group", { name: "Overall, how was the experience?" }).getByLabel("3 – Good").check();
  await form.getByLabel("Anything you'd like to tell them? (optional)").fill("The preparation steps helped a lot.");
  await form.getByRole("button", { name: "Send feedback" }).click();

  const thanks = candidate.getByRole("region", { name: "Thank you for your feedback" });
  await expect(thanks).toContainText("4 out of 5");
  await expect(thanks).toContainText("The organisation sees it without your name.");
  await candidate.reload();
  await expect(candidate.getByRole("region", { name: "Thank you for your feedback" })).toContainText("5 out of 5");
  await expect(candidate.getByRole("button", { name: "Send feedback" })).toHaveCount(0);

  // Once only: another submission over the API is refused and changes nothing.
  const again = await trpcMutation(candidate.request, "feedback.submit", { planId: plan.planId, preparation: 1, clarity: 1, overall: 1, comment: "", showName: true }).catch(
    (error: unknown) => error,
  );
  expect(again).toBeInstanceOf(TrpcCallError);
  expect((again as TrpcCallError).code).toBe("CONFLICT");
  expect((again as TrpcCallError).message).toContain("You have already rated this interview.");
  await candidateContext.close();

  // The recruiter's insights over the last 90 days: the two plans, the one held, its rating and its anonymous comment.
  await recruiter.goto("/dashboard");
  await recruiter.getByRole("link", { name: "Insights" }).click();
  await expect(recruiter).toHaveURL(/\/insights$/);
  await expect(recruiter.getByRole("link", { name: "Last 90 days" })).toHaveAttribute("aria-current", "page");
  // A period from yesterday to three days ahead holds both plans (the draft's meeting is the day after tomorrow).
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await recruiter.getByLabel("From").fill(day(-1));
  await recruiter.getByLabel("To").fill(day(3));
  await recruiter.getByRole("button", { name: "Show" }).click();
  await expect(recruiter).toHaveURL(new RegExp(`/insights\\?from=${day(-1)}&to=${day(3)}$`));
  await expect(recruiter.getByRole("link", { name: "Last 90 days" })).not.toHaveAttribute("aria-current", "page");
  const figures = recruiter.locator("dl").first();
  await expect(figures.getByText("Plans", { exact: true }).locator("..")).toContainText("2");
  await expect(figures).toContainText("1 meeting held");
  await expect(figures).toContainText("0 of 1 completed every preparation step before the meeting");
  await expect(figures).toContainText("0 of 0 plans whose 48 hours are over or that are agreed");
  await expect(figures).toContainText("Overall average 3.0 out of 5");
  const byStage = recruiter.getByRole("region", { name: "Plans by stage" });
  await expect(byStage.getByRole("row", { name: "Draft" })).toContainText("1");
  await expect(byStage.getByRole("row", { name: "Closed" })).toContainText("1");
  await expect(recruiter.getByRole("region", { name: "Closed plans by outcome" }).getByRole("row", { name: "Offer" })).toContainText("1");
  const ratings = recruiter.getByRole("region", { name: "Candidate ratings" });
  await expect(ratings).toContainText("1 candidate rated");
  await expect(ratings).toContainText("Average 5.0 out of 5");
  const comments = recruiter.getByRole("region", { name: "Latest comments" });
  await expect(comments).toContainText("The preparation steps helped a lot.");
  await expect(comments).toContainText("Anonymous candidate");
  await expect(comments).not.toContainText(plan.candidateName);

  // The CSV has the same figures.
  const csv = await recruiter.request.get(`/api/insights.csv?from=${day(-1)}&to=${day(3)}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await csv.text();
  expect(body).toContain('"Candidate ratings","Ratings","1"');
  expect(body).toContain('"Anonymous candidate","4","5","3","The preparation steps helped a lot."');

  // A period refused next to its field.
  await recruiter.goto("/insights?from=2026-05-01&to=2026-04-01");
  await expect(recruiter.getByText("The period must start on or before its last day.").first()).toBeVisible();

  await recruiter.goto(`/insights?from=${day(-1)}&to=${day(3)}`);
  await expectAccessible(recruiter, "insights");
});
