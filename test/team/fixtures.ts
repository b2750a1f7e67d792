import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviewerInvitations, planInterviewers, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { generateLinkToken } from "@/server/auth/tokens";
import { signInWithLinkToken } from "@/server/domain/accounts";
import { joinedPlan, type PlanContentInput, type Recruiter } from "../plan-api";
import { firstInterviewerId } from "../plan-fixtures";
import { callerFor, signIn } from "../users";

/**
 * An interviewer's invitation as interviewerInvitation.send stores one: the
 * hash of a random token, for the plan's first described interviewer unless
 * one is named. Returns the token, as the emailed link carries it.
 */
export async function interviewerInvitationToken(
  db: Db,
  input: { planId: string; invitedById: string; email?: string; interviewerId?: string; expiresAt?: Date; createdAt?: Date },
) {
  const interviewerId = input.interviewerId ?? (await firstInterviewerId(db, input.planId));
  const email = input.email ?? uniqueEmail("interviewer");
  const { token, tokenHash } = generateLinkToken();
  const [row] = await db
    .insert(interviewerInvitations)
    .values({
      interviewerId,
      planId: input.planId,
      email,
      tokenHash,
      invitedById: input.invitedById,
      expiresAt: input.expiresAt ?? new Date(Date.now() + 72 * 3_600_000),
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    })
    .returning();
  return { token, interviewerId, email, invitation: row! };
}

export async function interviewerIds(db: Db, planId: string): Promise<string[]> {
  const rows = await db
    .select({ id: planInterviewers.id })
    .from(planInterviewers)
    .where(eq(planInterviewers.planId, planId))
    .orderBy(asc(planInterviewers.position));
  return rows.map((r) => r.id);
}

/**
 * Follows an interviewer's link as they would: accept, then exchange the
 * sign-in token for a session (a fresh account), or sign in to the account
 * at the invited address when the link asks for a sign-in.
 */
export async function acceptAsInterviewer(db: Db, token: string) {
  const { planId, signIn: next } = await callerFor(db, null).interviewerJoin.accept({ token });
  const signedIn =
    "token" in next
      ? await signInWithLinkToken(db, next.token)
      : (await db.select({ id: users.id }).from(users).where(eq(users.email, next.email)))[0];
  if (!signedIn) throw new Error("the sign-in from interviewerJoin.accept was refused");
  return { planId, userId: signedIn.id, caller: callerFor(db, await signIn(db, signedIn.id)), signIn: next };
}

/** A joined plan with its candidate and an interviewer who accepted their link for the first described interviewer. */
export async function planWithInterviewer(db: Db, admin: Recruiter, input?: PlanContentInput) {
  const joined = await joinedPlan(db, admin, input);
  const link = await interviewerInvitationToken(db, { planId: joined.planId, invitedById: admin.user.id });
  const interviewer = await acceptAsInterviewer(db, link.token);
  return { ...joined, interviewer: { ...interviewer, interviewerId: link.interviewerId, email: link.email } };
}
