import { randomBytes } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import type { Db } from "@/db/client";
import { uniqueEmail } from "@/db/seed/factories";
import { planSummaryOf, type PlanSummary } from "@/server/domain/plan-summary";
import type { PlanRole } from "@/server/rules/plan-roles";
import { renderSummaryPdf } from "@/server/summary/summary-pdf";
import { candidateSummarySource, interviewerSummarySource, organisationSummarySource } from "@/server/summary/summary-sources";
import { signSessionToken } from "@/server/auth/signed-cookie";
import { env } from "@/server/env";
import { joinedPlan, newOrg, planInput } from "../plan-api";
import { attachInterviewer, holdMeeting } from "../plan-fixtures";
import { callerFor, createTestUser, signIn, type Caller } from "../users";

/** A marker no other text contains, so finding it proves where it came from. */
export const marker = (label: string) => `${label}-${randomBytes(5).toString("hex")}`;

const sources = { candidate: candidateSummarySource, recruiter: organisationSummarySource, interviewer: interviewerSummarySource };

/** The reader's summary, read through their own page's procedure as the route reads it. */
export async function summaryFor(caller: Caller, role: PlanRole, planId: string, zone: string | null = null): Promise<PlanSummary> {
  return planSummaryOf(await sources[role](caller, planId), zone);
}

/** The PDF's text as a reader's PDF viewer extracts it, whitespace removed so a line break never hides a marker. */
export async function pdfText(pdf: Uint8Array): Promise<{ text: string; flat: string }> {
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  return { text, flat: text.replace(/\s+/g, "") };
}

export async function summaryPdfText(caller: Caller, role: PlanRole, planId: string) {
  return pdfText(new Uint8Array(await renderSummaryPdf(await summaryFor(caller, role, planId))));
}

/** Whether a marker is in the flattened text (markers hold no whitespace). */
export const holds = (flat: string, m: string) => flat.includes(m.replace(/\s+/g, ""));

/**
 * A plan after its meeting with every kind of content a summary might show:
 * each side's private and shared goals with their debrief marks, the
 * organisation's internal note, an invited interviewer's own goal, and one
 * next step agreed by both sides.
 */
export async function summaryWorld(db: Db) {
  const m = {
    candidatePrivate: marker("CANDPRIVATE"),
    candidatePrivateOutcome: marker("CANDPRIVOUTCOME"),
    candidateShared: marker("CANDSHARED"),
    organisationPrivate: marker("ORGPRIVATE"),
    organisationPrivateOutcome: marker("ORGPRIVOUTCOME"),
    organisationShared: marker("ORGSHARED"),
    interviewerGoal: marker("INTERVIEWERGOAL"),
    internalNote: marker("INTERNALNOTE"),
    step: marker("Send the written offer"),
  };
  const { org, admin } = await newOrg(db, `Summary Org ${randomBytes(3).toString("hex")}`);
  const input = planInput({ candidateName: "Jamie Summary", internalNote: m.internalNote });
  const { planId, candidate } = await joinedPlan(db, admin, input);
  const interviewerUser = await createTestUser(db, { name: "Ines Interviewer", email: uniqueEmail("summary-interviewer") });
  await attachInterviewer(db, planId, interviewerUser);
  const interviewerSession = await signIn(db, interviewerUser.id);
  const interviewer = { user: interviewerUser, session: interviewerSession, caller: callerFor(db, interviewerSession) };

  const orgPrivate = await admin.caller.goal.add({ planId, kind: "challenge", text: m.organisationPrivate, visibility: "private" });
  await admin.caller.goal.add({ planId, kind: "team_goal", text: m.organisationShared });
  await interviewer.caller.goal.add({ planId, kind: "team_goal", text: m.interviewerGoal });
  const candPrivate = await candidate.caller.goal.add({ planId, kind: "doubt", text: m.candidatePrivate, visibility: "private" });
  await candidate.caller.goal.add({ planId, kind: "learn", text: m.candidateShared });

  await holdMeeting(db, planId);
  await candidate.caller.debrief.markOutcome({ planId, goalId: candPrivate.id, outcome: "partly", note: m.candidatePrivateOutcome, expectedVersion: 1 });
  await admin.caller.debrief.markOutcome({ planId, goalId: orgPrivate.id, outcome: "achieved", note: m.organisationPrivateOutcome, expectedVersion: 1 });
  const { id: stepId } = await admin.caller.nextStep.propose({ planId, description: m.step, owner: "hiring_company", dueOn: "2031-03-14" });
  await candidate.caller.nextStep.confirm({ planId, stepId, expectedVersion: 1 });

  const candidateMarkers = [m.candidatePrivate, m.candidatePrivateOutcome];
  const organisationMarkers = [m.organisationPrivate, m.organisationPrivateOutcome, m.internalNote];
  return { db, org, admin, candidate, interviewer, planId, stepId, input, m, candidateMarkers, organisationMarkers };
}
export type SummaryWorld = Awaited<ReturnType<typeof summaryWorld>>;

/** A browser's cookie header for a fresh session of this user, as Auth.js would have set it. */
export async function sessionCookieFor(db: Db, userId: string): Promise<string> {
  const { sessionToken } = await signIn(db, userId);
  const name = "authjs.session-token";
  return `${name}=${signSessionToken(sessionToken, env().AUTH_SECRET, name)}`;
}
