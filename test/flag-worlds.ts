import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planInvitations } from "@/db/schema";
import { attachInterviewer, createDraftPlan, createJoinedPlan, holdMeeting, shareAndGetToken } from "./plan-fixtures";
import { newOrg, recruiterOf, type Recruiter } from "./plan-api";
import { callerFor, createTestUser, signIn, type Caller } from "./users";

/**
 * Fresh plans in every stage the flags depend on, each in an organisation of
 * its own (so no email quota is shared between copies), with the four
 * callers who can be on the plan: an admin, a recruiter, the candidate and
 * the plan's invited interviewer.
 */
export const worldStages = [
  "draft",
  "draftPast",
  "shared",
  "sharedExpired",
  "preparing",
  "debrief",
  "nextStepsAgreed",
  "closed",
  "cancelled",
] as const;
export type WorldStage = (typeof worldStages)[number];

export interface World {
  db: Db;
  planId: string;
  /** The admin who made the plan, as an account (for test/plan-api.ts helpers) and as a caller. */
  adminAccount: Recruiter;
  admin: Caller;
  recruiter: Caller;
  /** The plan's candidate once joined; before that, the signed-in owner of the invited address. */
  candidate: Caller;
  /** The account of the plan's first described interviewer, a member of no organisation. */
  interviewer: Caller;
}

const notJoined: WorldStage[] = ["draft", "draftPast", "shared", "sharedExpired"];
const afterMeeting: WorldStage[] = ["debrief", "nextStepsAgreed", "closed"];

/**
 * A plan in `stage`. `prepare` runs while the plan is still open (after the
 * meeting for the stages that follow it), before a closed or cancelled plan closes.
 */
export async function buildWorld(db: Db, stage: WorldStage, prepare?: (w: World) => Promise<void>): Promise<World> {
  const { org, admin } = await newOrg(db);
  const recruiter = await recruiterOf(db, org.id);
  const candidateUser = await createTestUser(db, { name: "Casey Candidate" });
  const candidate = callerFor(db, await signIn(db, candidateUser.id));
  const base = { orgId: org.id, createdById: admin.user.id };
  let planId: string;
  if (notJoined.includes(stage)) {
    planId = (await createDraftPlan(db, { ...base, candidateEmail: candidateUser.email })).planId;
    if (stage === "draftPast") await holdMeeting(db, planId);
    if (stage === "shared" || stage === "sharedExpired")
      await shareAndGetToken(db, { orgId: org.id, planId, invitedById: admin.user.id, email: candidateUser.email });
    if (stage === "sharedExpired")
      await db.update(planInvitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(planInvitations.planId, planId));
  } else {
    planId = (await createJoinedPlan(db, { ...base, candidate: candidateUser })).planId;
  }
  const interviewerUser = await createTestUser(db, { name: "Ines Interviewer" });
  await attachInterviewer(db, planId, interviewerUser);
  const interviewer = callerFor(db, await signIn(db, interviewerUser.id));
  const w: World = { db, planId, adminAccount: admin, admin: admin.caller, recruiter: recruiter.caller, candidate, interviewer };
  if (afterMeeting.includes(stage)) await holdMeeting(db, planId);
  if (stage === "nextStepsAgreed") {
    const { id } = await w.admin.nextStep.propose({ planId, description: "Send the written offer", owner: "recruiter" });
    await w.candidate.nextStep.confirm({ planId, stepId: id, expectedVersion: await stepVersion(w, id) });
  }
  await prepare?.(w);
  const version = async () => (await w.admin.plan.get({ planId })).version;
  if (stage === "closed") await w.admin.plan.close({ planId, expectedVersion: await version(), outcome: "offer" });
  if (stage === "cancelled") await w.admin.plan.cancel({ planId, expectedVersion: await version() });
  return w;
}

export async function stepVersion(w: World, stepId: string): Promise<number> {
  const step = (await w.admin.nextStep.list({ planId: w.planId })).steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return step.version;
}

/** A 4xx answer: the procedure refused. A 5xx, or anything that is not a tRPC error, is a bug. */
function isRefusal(error: unknown): boolean {
  if (!(error instanceof TRPCError)) return false;
  const status = getHTTPStatusCodeFromError(error);
  return status >= 400 && status < 500;
}

/** "ok", or "refused" for a 4xx answer; anything else fails the test. */
export async function settle(call: Promise<unknown>): Promise<"ok" | "refused"> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (isRefusal(error)) return "refused";
    throw error;
  }
}

/** The read, or null when the caller may not read it at all. */
export async function readOrNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (isRefusal(error)) return null;
    throw error;
  }
}

/**
 * A copy of the world per call that changes something: a refused call
 * changes nothing (the fuzz test proves it), so the copy is kept for the next
 * call; after a success the next call gets a new one.
 */
export function freshCopies(make: () => Promise<World>) {
  let current: Promise<World> | null = null;
  return {
    next: () => (current ??= make()),
    used: (outcome: "ok" | "refused") => {
      if (outcome === "ok") current = null;
    },
  };
}
