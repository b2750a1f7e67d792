import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans } from "@/db/schema";
import { joinedPlan, newOrg, planInput, recruiterOf, type Org, type Recruiter } from "../plan-api";
import { callerFor, createTestUser, signIn, type Caller } from "../users";

/** A unique text to look for: each side's private fields hold one, so a leak or a leftover is found by a search. */
export const markerOf = (label: string) => `${label}-${randomBytes(6).toString("hex")}`;

export interface CandidateWorld {
  db: Db;
  org: Org;
  recruiter: Recruiter;
  candidate: { id: string; email: string; name: string; caller: Caller };
  planId: string;
  /** The candidate's private content in the plan, and what they shared. */
  mine: { privateGoal: string; sharedGoal: string; note: string; acknowledgement: string; comment: string };
  /** The organisation's private content in the plan. */
  theirs: { privateGoal: string; internalNote: string };
  sharedGoalId: string;
}

/**
 * An organisation's plan its candidate (an account with a password) has
 * joined and prepared: a private and a shared goal, a note, an
 * acknowledgement and a comment of theirs; a private goal and the internal
 * note of the organisation's.
 */
export async function candidateWorld(db: Db, name = "Jordan Blake"): Promise<CandidateWorld> {
  const org = await newOrg(db);
  const recruiter = await recruiterOf(db, org.org.id);
  const user = await createTestUser(db, { name });
  const theirs = { privateGoal: markerOf("ORGSECRET-goal"), internalNote: markerOf("ORGSECRET-note") };
  const { planId } = await joinedPlan(db, recruiter, planInput({ candidateEmail: user.email, candidateName: name, internalNote: theirs.internalNote }));
  const caller = callerFor(db, await signIn(db, user.id));
  const mine = {
    privateGoal: markerOf("MINE-private-goal"),
    sharedGoal: markerOf("MINE-shared-goal"),
    note: markerOf("MINE-note"),
    acknowledgement: markerOf("MINE-ack"),
    comment: markerOf("MINE-comment"),
  };
  await recruiter.caller.goal.add({ planId, kind: "challenge", text: theirs.privateGoal, visibility: "private" });
  const orgShared = await recruiter.caller.goal.add({ planId, kind: "team_goal", text: "See how you run research" });
  await caller.goal.add({ planId, kind: "doubt", text: mine.privateGoal, visibility: "private" });
  const shared = await caller.goal.add({ planId, kind: "learn", text: mine.sharedGoal });
  const plan = await caller.interview.get({ planId });
  await caller.preparation.saveNote({ planId, interviewerId: null, text: mine.note, expectedVersion: null });
  await caller.preparation.setStep({ planId, step: 1, done: true });
  await caller.preparation.acknowledgeGoal({ planId, goalId: orgShared.id, acknowledged: true, note: mine.acknowledgement, expectedVersion: null });
  const item = plan.firstInterview[0]!;
  await caller.consistency.flag({ planId, itemId: item.id, expectedVersion: item.version, comment: mine.comment });
  return { db, org, recruiter, candidate: { id: user.id, email: user.email, name, caller }, planId, mine, theirs, sharedGoalId: shared.id };
}

/** Closes the plan `monthsAgo` months ago (and its meeting before that), as if the recruiter had closed it then. */
export async function closedMonthsAgo(db: Db, planId: string, monthsAgo: number, now = new Date()) {
  const closedAt = new Date(now.getTime());
  closedAt.setUTCMonth(closedAt.getUTCMonth() - monthsAgo);
  const endsAt = new Date(closedAt.getTime() - 86_400_000);
  await db
    .update(plans)
    .set({ stage: "closed", outcome: "not_progressing", closedAt, startsAt: new Date(endsAt.getTime() - 3_600_000), endsAt })
    .where(eq(plans.id, planId));
  return closedAt;
}
