import { expect, test } from "@playwright/test";
import { newestOutboxLink, signUp, uniqueEmail } from "./helpers";
import { createSharedPlan, joinAsCandidate, trpcQuery } from "./plan-api";

/**
 * An invited interviewer follows their emailed link to the plan, writes a
 * goal of their own, and the candidate sees it with the interviewer's name,
 * live; the interviewer's dashboard lists the plan, never the recruiters'.
 */
test("an invited interviewer joins from their link and adds a goal the candidate sees with their name, live", async ({ browser, page }) => {
  await signUp(page);
  const plan = await createSharedPlan(page);
  const { context: candidateContext, page: candidate } = await joinAsCandidate(browser, plan);

  const { interviewers } = await trpcQuery<{ interviewers: { id: string; name: string }[] }>(page.request, "plan.get", { planId: plan.planId });
  const [first] = interviewers;
  const email = uniqueEmail("interviewer");

  // The recruiter invites the first interviewer from the plan's "Interviewing team" panel.
  await page.goto(`/plans/${plan.planId}`);
  const team = page.getByRole("list", { name: "Interviewing team" });
  const member = team.getByRole("listitem").filter({ hasText: first!.name });
  await expect(member).toContainText("Not invited");
  await member.getByRole("button", { name: `Invite ${first!.name}…` }).click();
  const dialog = page.getByRole("dialog", { name: `Invite ${first!.name}` });
  await dialog.getByLabel(`${first!.name}'s email`).fill(plan.candidateEmail);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  // The candidate's own address is refused next to the field, and nothing is sent.
  await expect(dialog.getByText("This is the candidate's address", { exact: false })).toBeVisible();
  await dialog.getByLabel(`${first!.name}'s email`).fill(email);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toBeHidden();
  await expect(member).toContainText(`Invited, sent`);
  const link = await newestOutboxLink(page, email, /interviewing/);
  expect(link).toMatch(/\/team-join\//);

  const interviewerContext = await browser.newContext();
  const interviewer = await interviewerContext.newPage();
  // Their page reads only what an interviewer may: no call of theirs is refused (a members' procedure would be).
  const refused: string[] = [];
  interviewer.on("response", (response) => {
    if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
  });
  await interviewer.goto(link);
  await expect(interviewer.getByRole("heading", { level: 1 })).toContainText(`invited you to interview ${plan.candidateName}`);
  await expect(interviewer.getByText(`You're invited to prepare as ${first!.name}`)).toBeVisible();
  await interviewer.getByRole("button", { name: "Join and open the plan" }).click();
  await expect(interviewer).toHaveURL(new RegExp(`/team/${plan.planId}$`));
  await expect(interviewer.getByRole("heading", { level: 1 })).toContainText(plan.roleTitle);
  await expect(interviewer.getByText(`Interviewing ${plan.candidateName} as ${first!.name}`)).toBeVisible();

  const goalText = "How they handled a research sprint that failed";
  const panel = interviewer.getByRole("region", { name: "Goals", exact: true });
  await panel.getByRole("button", { name: "Add a goal" }).click();
  await panel.getByLabel("Goal", { exact: true }).fill(goalText);
  await panel.getByRole("button", { name: "Add goal" }).click();
  await expect(interviewer.getByRole("list", { name: "Your goals" }).getByRole("listitem", { name: goalText })).toBeVisible();

  // The candidate's open page shows it with the interviewer's name, without a reload.
  const theirs = candidate.getByRole("listitem", { name: goalText });
  await expect(theirs).toBeVisible();
  await expect(theirs).toContainText(`${first!.name}’s goal`);

  expect(refused).toEqual([]);

  // The recruiter's panel says they joined and prepared, without a reload.
  await expect(member).toContainText("Joined");
  await expect(member).toContainText("Prepared: 1 goal");

  // Their dashboard lists the plan they interview for, and no recruiter's dashboard.
  await interviewer.goto("/dashboard");
  await expect(interviewer.getByRole("heading", { name: "Interviews you're on the panel for" })).toBeVisible();
  await expect(interviewer.getByRole("heading", { name: "Second interviews" })).toHaveCount(0);
  await interviewer.getByRole("link", { name: new RegExp(plan.candidateName) }).click();
  await expect(interviewer).toHaveURL(new RegExp(`/team/${plan.planId}$`));

  await interviewerContext.close();
  await candidateContext.close();
});
