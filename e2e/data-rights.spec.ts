import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, opens } from "./axe";
import { signIn, signUp } from "./helpers";
import { mailCatcherUrl, type MailCatcherInbox } from "./mail-ports";
import { createSharedPlan, joinAsCandidate, trpcMutation } from "./plan-api";

test("a candidate downloads their data and deletes their account; the recruiter's plan then names the Former candidate", async ({ page, browser }) => {
  await signUp(page);
  const plan = await createSharedPlan(page, { candidateName: "Casey Leaving" });
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  const privateGoal = `Ask about on-call ${Math.random().toString(36).slice(2, 8)}`;
  const sharedGoal = `Meet the team ${Math.random().toString(36).slice(2, 8)}`;
  await trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind: "doubt", text: privateGoal, visibility: "private" });
  await trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind: "learn", text: sharedGoal });

  await candidate.goto("/settings/account");
  await expect(candidate.getByRole("heading", { level: 2, name: "Your data" })).toBeVisible();
  const downloading = candidate.waitForEvent("download");
  await candidate.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^second-round-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account.email).toBe(plan.candidateEmail);
  expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash/);
  const [mine] = data.asCandidate;
  expect(mine.plan.id).toBe(plan.planId);
  expect(mine.panels.goals.goals.map((g: { text: string }) => g.text)).toEqual(expect.arrayContaining([privateGoal, sharedGoal]));
  expect(mine.summaryPath).toBe(`/api/interviews/${plan.planId}/summary`);

  await expectAccessible(candidate, "account settings", [{ name: "the deletion dialog", open: opens("button", "Delete my account…", "dialog") }]);

  await candidate.getByRole("button", { name: "Delete my account…" }).click();
  const dialog = candidate.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog.getByText(/your private goals and notes are erased/)).toBeVisible();
  const confirm = dialog.getByLabel("Type your email address to confirm");
  await confirm.fill("someone-else@example.com");
  await dialog.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(dialog.getByText("Type your account's email address exactly as it is to confirm.")).toBeVisible();
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await confirm.fill(plan.candidateEmail);
  await dialog.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(candidate).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(candidate.getByText("Your account was deleted, and you were signed out everywhere.")).toBeVisible();

  // Signed out for good: the plan asks for a sign-in, and no sign-in link goes to an address with no account.
  await candidate.goto(`/interviews/${plan.planId}`);
  await expect(candidate).toHaveURL(/\/sign-in/);
  await signIn(candidate, plan.candidateEmail, "any password at all");
  await expect(candidate.getByText("Email or password is incorrect.")).toBeVisible();
  await candidate.getByRole("tab", { name: "Email me a link" }).click();
  const linkForm = candidate.getByRole("tabpanel", { name: "Email me a link" });
  await linkForm.getByLabel("Email", { exact: true }).fill(plan.candidateEmail);
  await linkForm.getByRole("button", { name: "Email me a sign-in link" }).click();
  await candidate.waitForTimeout(2_000);
  const inbox = (await (await candidate.request.get(`${mailCatcherUrl}/messages`)).json()) as MailCatcherInbox;
  expect(inbox.messages.filter((m) => m.to.includes(plan.candidateEmail.toLowerCase()) && /sign-in link/i.test(m.subject))).toEqual([]);
  await context.close();

  // The organisation's plan stays, its candidate anonymised, their shared goal kept and their private one gone.
  await page.goto(`/plans/${plan.planId}`);
  await expect(page.getByText("Former candidate").first()).toBeVisible();
  await expect(page.getByText(sharedGoal)).toBeVisible();
  await expect(page.getByText("Casey Leaving")).toHaveCount(0);
  await expect(page.getByText(privateGoal)).toHaveCount(0);
  await expect(page.getByText(/personal data was erased: they deleted their account/)).toBeVisible();
});

test("an admin sets how long candidate data is kept, and erases one candidate's data on request", async ({ page, browser }) => {
  const admin = await signUp(page);
  const plan = await createSharedPlan(page, { candidateName: "Robin Requesting" });
  const { context } = await joinAsCandidate(browser, plan);
  await context.close();

  await page.goto("/settings/organisation");
  const retention = page.getByLabel("Months after a plan closes");
  await expect(retention).toHaveValue("12");
  await retention.fill("0");
  await page.getByRole("button", { name: "Save retention period" }).click();
  await expect(page.getByText("Keep candidate data at least 1 month.")).toBeVisible();
  await retention.fill("24");
  await page.getByRole("button", { name: "Save retention period" }).click();
  await expect(page.getByText("Candidate data is kept 24 months after a plan closes.").first()).toBeVisible();

  await page.getByLabel("Candidate's email address").fill(plan.candidateEmail.toUpperCase());
  await page.getByRole("button", { name: "Find their plans" }).click();
  await expect(page.getByText(`1 plan of ${admin.organisationName} names ${plan.candidateEmail}.`)).toBeVisible();
  await expectAccessible(page, "organisation settings", [{ name: "the erasure confirmation", open: opens("button", "Erase their data…", "alertdialog") }]);

  await page.getByRole("button", { name: "Erase their data…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Erase from 1 plan" }).click();
  await expect(page.getByText("Erased: 1 plan now names the former candidate.")).toBeVisible();

  await page.goto(`/plans/${plan.planId}`);
  await expect(page.getByText("Former candidate").first()).toBeVisible();
  await expect(page.getByText("Robin Requesting")).toHaveCount(0);
  await expect(page.getByText(/personal data was erased: an admin erased it on the candidate's request/)).toBeVisible();
});
