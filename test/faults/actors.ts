import { samplePlanContent } from "@/db/seed/plans";
import { linkToken } from "../emails";
import type { SmtpInbox } from "../smtp-inbox";
import { HttpSession } from "./http-session";

/** A recruiter and the candidate of one shared plan whose meeting is over, so goals and next steps are open. */
export interface Pair {
  recruiter: HttpSession;
  candidate: HttpSession;
  planId: string;
  /** Each side's own goal, edited under load; the version is the one this side last saw. */
  goals: { recruiter: { id: string; version: number }; candidate: { id: string; version: number } };
}

let counter = 0;
export function uniqueLabel(kind: string): string {
  return `${kind}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** Waits for the email the app sent through the run's SMTP server. */
export async function emailTo(inbox: SmtpInbox, address: string, subject: RegExp, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = inbox.received.find((m) => m.to.includes(address.toLowerCase()) && subject.test(m.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email to ${address} matching ${subject} within ${timeoutMs / 1000} s`);
}

const utcLocal = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 16);

/**
 * Sets up through the app's own HTTP API, as people would: sign-up, the emailed confirmation link, sign-in,
 * a plan shared with a candidate who joins through the emailed invitation.
 */
export async function setUpPair(baseUrl: string, inbox: SmtpInbox): Promise<Pair> {
  const email = `${uniqueLabel("recruiter")}@example.com`;
  const recruiter = new HttpSession(baseUrl, email);
  await recruiter.call("mutation", "auth.signUp", {
    name: "Robin Faults",
    email,
    password: "correct-horse-battery-staple",
    organisationName: `Faults ${uniqueLabel("org")}`,
  });
  const confirmation = await emailTo(inbox, email, /Confirm your email address/);
  const { signInToken } = await recruiter.call<{ signInToken: string }>("mutation", "auth.confirmEmail", { token: linkToken(confirmation.text) });
  await recruiter.signIn("link", { token: signInToken });

  const candidateEmail = `${uniqueLabel("candidate")}@example.com`;
  const content = samplePlanContent({ candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });
  const { id: planId } = await recruiter.call<{ id: string }>("mutation", "plan.create", content);
  await recruiter.call("mutation", "plan.share", { planId });
  // The meeting took place: goals stay open and next steps open (a shared plan accepts a past time).
  const { version } = await recruiter.call<{ version: number }>("query", "plan.get", { planId });
  const past = samplePlanContent({ candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(-3 * 3_600_000) });
  await recruiter.call("mutation", "plan.update", { ...past, planId, expectedVersion: version });

  const invitation = await emailTo(inbox, candidateEmail, /^Your second interview for/);
  const candidate = new HttpSession(baseUrl, candidateEmail);
  const accepted = await candidate.call<{ signIn: { token?: string } }>("mutation", "join.accept", { token: linkToken(invitation.text) });
  if (!accepted.signIn.token) throw new Error(`${candidateEmail}: joining did not hand over a sign-in`);
  await candidate.signIn("link", { token: accepted.signIn.token });

  const goal = { kind: "establish", text: uniqueLabel("goal"), priority: "should", visibility: "shared" };
  const recruiterGoal = await recruiter.call<{ id: string; version: number }>("mutation", "goal.add", { planId, ...goal, kind: "team_goal" });
  const candidateGoal = await candidate.call<{ id: string; version: number }>("mutation", "goal.add", { planId, ...goal });
  return { recruiter, candidate, planId, goals: { recruiter: recruiterGoal, candidate: candidateGoal } };
}
