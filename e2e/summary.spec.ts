import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { samplePlanContent } from "../db/seed/plans";
import { expectAccessible } from "./axe";
import { newestOutboxLink, outboxEmails, signUp, uniqueEmail } from "./helpers";
import { createSharedPlan, joinAsCandidate, trpcMutation, trpcQuery } from "./plan-api";

const marker = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

/** A wall-clock time in UTC, as the plan form's "startsAtLocal" (minutes precision). */
function utcLocal(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}

/** Downloads the summary from the page's own link, as the reader would, and reads its text back (whitespace removed too). */
async function downloadSummary(page: Page) {
  const group = page.getByRole("group", { name: "Keep a summary of this plan" });
  await expect(group.getByRole("button", { name: "Print" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), group.getByRole("link", { name: "Download summary (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^summary-.+\.pdf$/);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { text, flat: text.replace(/\s+/g, "") };
}

test("after both sides agree the next steps, each downloads their own summary: the agreed steps, their own goals, none of the other side's private ones", async ({
  page: recruiter,
  browser,
}) => {
  test.setTimeout(120_000);
  const m = {
    internalNote: marker("ORGNOTE"),
    orgPrivate: marker("ORGPRIVATE"),
    orgShared: marker("ORGSHARED"),
    candidatePrivate: marker("CANDPRIVATE"),
    candidateShared: marker("CANDSHARED"),
  };
  const agreedStep = "Send the written offer by Friday";

  const account = await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000), internalNote: m.internalNote });
  const { context: candidateContext, page: candidate } = await joinAsCandidate(browser, plan);
  const goal = (text: string, kind: string, visibility: "shared" | "private") => ({ planId: plan.planId, kind, text, priority: "must", visibility });
  await trpcMutation(recruiter.request, "goal.add", goal(m.orgPrivate, "challenge", "private"));
  await trpcMutation(recruiter.request, "goal.add", goal(m.orgShared, "team_goal", "shared"));
  await trpcMutation(candidate.request, "goal.add", goal(m.candidatePrivate, "doubt", "private"));
  await trpcMutation(candidate.request, "goal.add", goal(m.candidateShared, "learn", "shared"));

  // The meeting took place three hours ago; the recruiter proposes a step and the candidate confirms it on their page.
  const { version } = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  const content = samplePlanContent({
    candidateEmail: plan.candidateEmail,
    timeZone: "UTC",
    startsAtLocal: utcLocal(-3 * 3_600_000),
    internalNote: m.internalNote,
  });
  await trpcMutation(recruiter.request, "plan.update", { ...content, planId: plan.planId, expectedVersion: version });
  // The first described interviewer is invited and joins from their emailed link (after the form's save, which rewrote the team).
  const { interviewers } = await trpcQuery<{ interviewers: { id: string }[] }>(recruiter.request, "plan.get", { planId: plan.planId });
  const interviewerEmail = uniqueEmail("summary-interviewer");
  await trpcMutation(recruiter.request, "interviewerInvitation.send", { planId: plan.planId, interviewerId: interviewers[0]!.id, email: interviewerEmail });
  const interviewerContext = await browser.newContext();
  const interviewer = await interviewerContext.newPage();
  await interviewer.goto(await newestOutboxLink(interviewer, interviewerEmail, /interviewing/));
  await interviewer.getByRole("button", { name: "Join and open the plan" }).click();
  await expect(interviewer).toHaveURL(new RegExp(`/team/${plan.planId}$`));
  await trpcMutation(recruiter.request, "nextStep.propose", { planId: plan.planId, description: agreedStep, owner: "hiring_company" });
  await candidate.reload();
  const step = candidate.getByRole("region", { name: "Next steps" }).getByRole("listitem", { name: agreedStep });
  await step.getByRole("button", { name: /^Confirm/ }).click();
  await expect(step).toContainText("Agreed by both");

  // The candidate's summary: the agreed step with both confirmations, their own goals, nothing private of the organisation's.
  const mine = await downloadSummary(candidate);
  expect(mine.text).toContain(agreedStep);
  expect(mine.text).toContain("Every open step agreed by both sides since");
  expect(mine.text).toContain(`Confirmed by ${plan.candidateName} (candidate)`);
  for (const own of [m.candidatePrivate, m.candidateShared, m.orgShared]) expect(mine.flat).toContain(own);
  for (const secret of [m.orgPrivate, m.internalNote]) expect(mine.flat).not.toContain(secret);
  await expectAccessible(candidate, "the candidate's plan page with its summary actions");

  // The recruiter's: the same step, the organisation's own goals and note, nothing private of the candidate's.
  await recruiter.goto(`/plans/${plan.planId}`);
  const theirs = await downloadSummary(recruiter);
  expect(theirs.text).toContain(agreedStep);
  expect(theirs.text).toContain(`Confirmed by ${plan.candidateName} (candidate)`);
  for (const own of [m.orgPrivate, m.orgShared, m.internalNote, m.candidateShared]) expect(theirs.flat).toContain(own);
  expect(theirs.flat).not.toContain(m.candidatePrivate);
  await expectAccessible(recruiter, "the recruiter's plan page with its summary actions");

  // Both were emailed a link to their own summary, and nothing written on the plan.
  const [email] = await outboxEmails(candidate, plan.candidateEmail, /^Next steps agreed: your summary/);
  expect(email!.text).toContain(`/api/interviews/${plan.planId}/summary`);
  for (const text of [agreedStep, m.candidatePrivate, m.orgShared]) expect(email!.text).not.toContain(text);

  // The interviewer's: the organisation's side with the step, never the candidate's private goal nor the unshared internal note.
  const team = await downloadSummary(interviewer);
  expect(team.text).toContain(agreedStep);
  for (const own of [m.orgPrivate, m.orgShared, m.candidateShared]) expect(team.flat).toContain(own);
  for (const secret of [m.candidatePrivate, m.internalNote]) expect(team.flat).not.toContain(secret);
  await expectAccessible(interviewer, "the interviewer's plan page with its summary actions");
  await interviewerContext.close();

  // The recruiter's emailed link, followed signed out, asks them to sign in and then gives them the file.
  const [recruiterEmail] = await outboxEmails(recruiter, account.email, /^Next steps agreed: your summary/);
  const link = /https?:\/\/\S+\/summary/.exec(recruiterEmail!.text)![0];
  expect(new URL(link).pathname).toBe(`/api/plans/${plan.planId}/summary`);
  const signedOut = await browser.newContext();
  const visitor = await signedOut.newPage();
  await visitor.goto(link);
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=/);
  const form = visitor.getByRole("tabpanel", { name: "Password" });
  await form.getByLabel("Email").fill(account.email);
  await form.getByLabel("Password").fill(account.password);
  const [download] = await Promise.all([visitor.waitForEvent("download"), form.getByRole("button", { name: "Sign in" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^summary-.+\.pdf$/);
  await signedOut.close();

  // Printing the page hides the site's header and every button.
  await candidate.emulateMedia({ media: "print" });
  await expect(candidate.getByRole("group", { name: "Keep a summary of this plan" })).toBeHidden();
  await expect(candidate.getByRole("banner")).toBeHidden();
  await expect(candidate.getByRole("heading", { level: 1 })).toBeVisible();
  await candidateContext.close();
});

test("the summary routes answer a signed-out request with 401 and a malformed path with 400, never a 500", async ({ request }) => {
  for (const base of ["plans", "interviews", "team"]) {
    const signedOut = await request.get(`/api/${base}/00000000-0000-4000-8000-000000000000/summary`, { maxRedirects: 0 });
    expect(signedOut.status(), base).toBe(401);
    expect((await request.get(`/api/${base}/%E0%A4%A/summary`)).status(), base).toBe(400);
  }
});
