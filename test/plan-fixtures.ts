import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planInterviewers, plans } from "@/db/schema";
import type { User } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { samplePlanContent } from "@/db/seed/plans";
import { acceptPlanInvitation, sharePlan } from "@/server/domain/plan-invitations";
import { createPlan } from "@/server/domain/plans";
import { emailsTo, linkToken } from "./emails";

type Content = ReturnType<typeof samplePlanContent>;

/** A draft plan of the organisation, for a candidate email of its own unless given. */
export async function createDraftPlan(
  db: Db,
  input: { orgId: string; createdById: string; candidateEmail?: string; edit?: (content: Content) => void },
) {
  const content = samplePlanContent({ candidateEmail: input.candidateEmail ?? uniqueEmail("candidate") });
  input.edit?.(content);
  const { id } = await createPlan(db, { orgId: input.orgId, createdById: input.createdById, content });
  return { planId: id, content };
}

/** Shares a plan and returns the token from the invitation email, as the candidate would click it. */
export async function shareAndGetToken(db: Db, input: { orgId: string; planId: string; invitedById: string; email: string }) {
  await sharePlan(db, input);
  // The newest invitation: a candidate may have been invited to several plans.
  const [newest] = await emailsTo(db, input.email, "plan_invitation");
  return linkToken(newest!.textBody);
}

/** A plan the candidate has joined (stage "preparing"), as after following their link. */
export async function createJoinedPlan(
  db: Db,
  input: { orgId: string; createdById: string; candidate: User; edit?: (content: Content) => void },
) {
  const { planId, content } = await createDraftPlan(db, { ...input, candidateEmail: input.candidate.email });
  const token = await shareAndGetToken(db, {
    orgId: input.orgId,
    planId,
    invitedById: input.createdById,
    email: input.candidate.email,
  });
  await acceptPlanInvitation(db, token);
  return { planId, content };
}

/** Moves a plan's meeting into the past, as if it had just been held: the plan reads as "debrief". */
export async function holdMeeting(db: Db, planId: string) {
  const endsAt = new Date(Date.now() - 60 * 60_000);
  await db
    .update(plans)
    .set({ startsAt: new Date(endsAt.getTime() - 90 * 60_000), endsAt })
    .where(eq(plans.id, planId));
}

/** A joined plan whose meeting has ended. */
export async function createDebriefPlan(db: Db, input: { orgId: string; createdById: string; candidate: User }) {
  const joined = await createJoinedPlan(db, input);
  await holdMeeting(db, joined.planId);
  return joined;
}

/**
 * Makes `user` the account of the plan's first described interviewer, as an
 * accepted interviewer invitation would (the tests of the invitation itself
 * go through its procedures). Returns that interviewer's id.
 */
export async function attachInterviewer(db: Db, planId: string, user: User): Promise<string> {
  const id = await firstInterviewerId(db, planId);
  await db.update(planInterviewers).set({ email: user.email, userId: user.id }).where(eq(planInterviewers.id, id));
  return id;
}

/** The plan's first described interviewer. */
export async function firstInterviewerId(db: Db, planId: string): Promise<string> {
  const [first] = await db
    .select({ id: planInterviewers.id })
    .from(planInterviewers)
    .where(eq(planInterviewers.planId, planId))
    .orderBy(asc(planInterviewers.position))
    .limit(1);
  if (!first) throw new Error("the plan describes no interviewer");
  return first.id;
}
