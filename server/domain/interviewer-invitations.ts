import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviewerInvitations, organisations, planInterviewers } from "@/db/schema";
import { generateLinkToken } from "@/server/auth/tokens";
import { enqueueEmail } from "@/server/email/outbox";
import { takeEmailQuota } from "@/server/email/quotas";
import { interviewerInvitationEmail } from "@/server/email/team-templates";
import { env } from "@/server/env";
import { invitationStatus, type InvitationStatus } from "@/server/rules/invitations";
import { absoluteUrl } from "@/server/rules/plan-urls";
import { canInviteInterviewer, canRevokeInterviewerInvitation, teamJoinPath, type TeamMemberFacts } from "@/server/rules/team";
import { AppError, notFound } from "./errors";
import { assertPlanWritable } from "./plan-writable";

export const CANDIDATE_AS_INTERVIEWER_REFUSAL =
  "This is the candidate's address: the plan's candidate cannot also be one of its interviewers. Enter the interviewer's own address.";
export const ADDRESS_OF_ANOTHER_INTERVIEWER_REFUSAL = "Another interviewer of this plan was invited at this address. Enter this interviewer's own address.";
export const NO_PENDING_INTERVIEWER_LINK_MESSAGE = "This interviewer has no pending invitation to withdraw.";

/** One described interviewer of the plan, locked for the command (after the plan's lock, in the order every command takes them). */
export async function lockInterviewer(tx: Db, planId: string, interviewerId: string) {
  const [interviewer] = await tx
    .select()
    .from(planInterviewers)
    .where(and(eq(planInterviewers.id, interviewerId), eq(planInterviewers.planId, planId)))
    .for("update");
  if (!interviewer) throw notFound("Interviewer");
  return interviewer;
}

/** The status of an interviewer's newest invitation (null: never invited). */
export async function latestInterviewerInvitationStatus(tx: Db, interviewerId: string, now: Date): Promise<InvitationStatus | null> {
  const [latest] = await tx
    .select()
    .from(interviewerInvitations)
    .where(eq(interviewerInvitations.interviewerId, interviewerId))
    .orderBy(desc(interviewerInvitations.createdAt), desc(interviewerInvitations.id))
    .limit(1);
  return latest ? invitationStatus(latest, now) : null;
}

/** The facts the team rules (server/rules/team.ts) decide on, read under the interviewer's lock. */
export async function memberFacts(tx: Db, interviewer: typeof planInterviewers.$inferSelect, now: Date): Promise<TeamMemberFacts> {
  return {
    userId: interviewer.userId,
    invitation: await latestInterviewerInvitationStatus(tx, interviewer.id, now),
    debriefedAt: interviewer.debriefedAt,
    remindedAt: interviewer.remindedAt,
  };
}

async function revokePendingInterviewerLinks(tx: Db, interviewerId: string): Promise<number> {
  const revoked = await tx
    .update(interviewerInvitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(interviewerInvitations.interviewerId, interviewerId),
        isNull(interviewerInvitations.acceptedAt),
        isNull(interviewerInvitations.revokedAt),
      ),
    )
    .returning({ id: interviewerInvitations.id });
  return revoked.length;
}

/**
 * Sends (or re-sends) an interviewer's link to take part in the plan and
 * records the address on the interviewer. A new link revokes the older
 * unaccepted ones, so only the newest email works.
 */
export async function sendInterviewerInvitation(
  db: Db,
  input: { orgId: string; planId: string; interviewerId: string; email: string; invitedById: string },
) {
  return db.transaction(async (tx) => {
    const now = new Date();
    const plan = await assertPlanWritable(tx, input.planId, ["details"], { orgId: input.orgId });
    const interviewer = await lockInterviewer(tx, plan.id, input.interviewerId);
    const email = input.email.toLowerCase();
    if (!canInviteInterviewer(plan, await memberFacts(tx, interviewer, now), now))
      throw new AppError(
        "PRECONDITION_FAILED",
        `${interviewer.name} has already joined this plan${interviewer.email ? ` as ${interviewer.email}` : ""}: they sign in with that address.`,
        "email",
      );
    if (email === plan.candidateEmail.toLowerCase()) throw new AppError("BAD_REQUEST", CANDIDATE_AS_INTERVIEWER_REFUSAL, "email");
    const [sameAddress] = await tx
      .select({ id: planInterviewers.id })
      .from(planInterviewers)
      .where(and(eq(planInterviewers.planId, plan.id), ne(planInterviewers.id, interviewer.id), sql`lower(${planInterviewers.email}) = ${email}`));
    if (sameAddress) throw new AppError("BAD_REQUEST", ADDRESS_OF_ANOTHER_INTERVIEWER_REFUSAL, "email");

    await takeEmailQuota(tx, { purpose: "invitation", senderId: input.invitedById, orgId: plan.orgId, to: email, recipientField: "email" });
    await revokePendingInterviewerLinks(tx, interviewer.id);
    const { token, tokenHash } = generateLinkToken();
    const expiresAt = new Date(now.getTime() + env().INVITATION_TTL_HOURS * 3_600_000);
    await tx.insert(interviewerInvitations).values({
      interviewerId: interviewer.id,
      planId: plan.id,
      email,
      tokenHash,
      invitedById: input.invitedById,
      expiresAt,
    });
    await tx.update(planInterviewers).set({ email }).where(eq(planInterviewers.id, interviewer.id));
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, plan.orgId));
    await enqueueEmail(
      tx,
      email,
      interviewerInvitationEmail({
        interviewerName: interviewer.name,
        candidateName: plan.candidateName,
        roleTitle: plan.roleTitle,
        hiringCompany: plan.hiringCompany,
        orgName: org?.name ?? "",
        meeting: plan,
        url: absoluteUrl(env().APP_URL, teamJoinPath(token)),
        expiresAt,
      }),
    );
    return { expiresAt };
  });
}

/** Withdraws an interviewer's unaccepted link; the address stays on the interviewer for a later invitation. */
export async function revokeInterviewerInvitation(db: Db, input: { orgId: string; planId: string; interviewerId: string }) {
  await db.transaction(async (tx) => {
    const now = new Date();
    const plan = await assertPlanWritable(tx, input.planId, ["details"], { orgId: input.orgId });
    const interviewer = await lockInterviewer(tx, plan.id, input.interviewerId);
    if (!canRevokeInterviewerInvitation(plan, await memberFacts(tx, interviewer, now), now) || !(await revokePendingInterviewerLinks(tx, interviewer.id)))
      throw new AppError("PRECONDITION_FAILED", NO_PENDING_INTERVIEWER_LINK_MESSAGE);
  });
}
