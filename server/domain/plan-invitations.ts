import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, planInvitations, plans } from "@/db/schema";
import { meetingInvitation } from "@/server/calendar/plan-calendar";
import { generateLinkToken, hashLinkToken } from "@/server/auth/tokens";
import { enqueueEmail } from "@/server/email/outbox";
import { takeEmailQuota } from "@/server/email/quotas";
import { newPlanLinkRequestEmail, planInvitationEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { AppError } from "./errors";
import { accountProvenBy, signInAfterLink } from "./link-acceptance";
import { organisationRecipients } from "./org-recipients";
import { assertPlanWritable } from "./plan-writable";
import { scheduleMeetingReminder } from "@/server/jobs/reminders";
import { invitationStatus, planLinkState, type PlanLinkState } from "@/server/rules/invitations";
import { canResendInvitation, canRevokeInvitation, canSharePlan, shareRefusal } from "@/server/rules/plan-actions";
import { absoluteUrl, joinPath, planPath } from "@/server/rules/plan-urls";
import { recordEvent } from "./timeline";
import { takeSlot } from "./rate-limit";

/** Makes the plan's pending link stop working; returns how many were pending. */
export async function revokePendingInvitations(tx: Db, planId: string): Promise<number> {
  const revoked = await tx
    .update(planInvitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(planInvitations.planId, planId), isNull(planInvitations.acceptedAt), isNull(planInvitations.revokedAt)))
    .returning({ id: planInvitations.id });
  return revoked.length;
}

/**
 * Sends (or re-sends) the candidate's link and moves a draft to "shared".
 * A new link revokes the previous one, so only the newest email works.
 */
export async function sharePlan(db: Db, input: { orgId: string; planId: string; invitedById: string }) {
  return db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, input.planId, ["stage", "timeline"], { orgId: input.orgId });
    const now = new Date();
    if (!canSharePlan(plan, now) && !canResendInvitation(plan, now))
      throw new AppError("PRECONDITION_FAILED", shareRefusal(plan, now));
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, plan.orgId));
    await takeEmailQuota(tx, { purpose: "invitation", senderId: input.invitedById, orgId: plan.orgId, to: plan.candidateEmail });
    await revokePendingInvitations(tx, plan.id);
    const { token, tokenHash } = generateLinkToken();
    const expiresAt = new Date(Date.now() + env().INVITATION_TTL_HOURS * 3_600_000);
    await tx.insert(planInvitations).values({
      planId: plan.id,
      email: plan.candidateEmail,
      tokenHash,
      invitedById: input.invitedById,
      expiresAt,
    });
    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "organisation",
      actorId: input.invitedById,
      type: "plan_shared",
      audience: "both",
      data: { resent: plan.stage !== "draft" },
    });
    await scheduleMeetingReminder(tx, plan);
    if (plan.stage === "draft")
      await tx.update(plans).set({ stage: "shared", updatedAt: new Date() }).where(eq(plans.id, plan.id));
    await enqueueEmail(tx, plan.candidateEmail, {
      ...planInvitationEmail({
        candidateName: plan.candidateName,
        orgName: org?.name ?? "",
        roleTitle: plan.roleTitle,
        hiringCompany: plan.hiringCompany,
        meeting: plan,
        url: absoluteUrl(env().APP_URL, joinPath(token)),
        expiresAt,
      }),
      calendar: await meetingInvitation(tx, plan, "REQUEST"),
    });
    return { expiresAt };
  });
}

/** Withdraws the pending link; a plan nobody has joined goes back to draft, out of the candidate's sight. */
export async function revokePlanInvitation(db: Db, input: { orgId: string; planId: string }) {
  await db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, input.planId, ["stage"], { orgId: input.orgId });
    const latest = await latestPlanInvitation(tx, plan.id);
    if (!canRevokeInvitation(plan, latest?.status ?? null, new Date()) || !(await revokePendingInvitations(tx, plan.id)))
      throw new AppError("PRECONDITION_FAILED", "There is no pending invitation to revoke.");
    if (plan.stage === "shared" && !plan.candidateUserId)
      await tx.update(plans).set({ stage: "draft", updatedAt: new Date() }).where(eq(plans.id, plan.id));
  });
}

async function findByToken(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: planInvitations, plan: plans, orgName: organisations.name })
    .from(planInvitations)
    .innerJoin(plans, eq(plans.id, planInvitations.planId))
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(eq(planInvitations.tokenHash, hashLinkToken(token)));
  return row;
}

export async function describePlanInvitation(db: Db, token: string) {
  const row = await findByToken(db, token);
  if (!row) return { state: "unknown" as PlanLinkState };
  const { invitation, plan } = row;
  const state = planLinkState(invitation, plan.stage, new Date());
  return {
    state,
    orgName: row.orgName,
    roleTitle: plan.roleTitle,
    hiringCompany: plan.hiringCompany,
    candidateName: state === "valid" ? plan.candidateName : undefined,
  };
}

export const INVALID_PLAN_LINK_MESSAGE =
  "This link has expired, was already used or was withdrawn. Ask your recruiter for a new one.";

export const MEMBER_AS_CANDIDATE_MESSAGE =
  "This address belongs to a member of the organisation that runs this plan: a recruiter cannot be the candidate of their own organisation's plan. Ask your recruiter to send the plan to another address.";

/**
 * Following the emailed link proves control of that address: it creates the
 * candidate's account (or takes over an unverified one, or uses the verified
 * one with that email) and attaches them to the plan. It signs the browser in
 * only as `signInAfterLink` allows; otherwise the candidate signs in next.
 */
export async function acceptPlanInvitation(db: Db, token: string) {
  return db.transaction(async (tx) => {
    const tokenHash = hashLinkToken(token);
    const usable = and(
      eq(planInvitations.tokenHash, tokenHash),
      isNull(planInvitations.acceptedAt),
      isNull(planInvitations.revokedAt),
      gt(planInvitations.expiresAt, new Date()),
    );
    const [link] = await tx.select({ planId: planInvitations.planId }).from(planInvitations).where(usable);
    if (!link) throw new AppError("BAD_REQUEST", INVALID_PLAN_LINK_MESSAGE, "token");
    // The plan's lock before the link's, in the order closing takes them (it revokes links under the plan's lock):
    // a link of a plan closed meanwhile is no longer usable below.
    const plan = await assertPlanWritable(tx, link.planId, ["stage", "timeline"]);
    const [invitation] = await tx.update(planInvitations).set({ acceptedAt: new Date() }).where(usable).returning();
    if (!invitation) throw new AppError("BAD_REQUEST", INVALID_PLAN_LINK_MESSAGE, "token");

    const account = await accountProvenBy(tx, invitation.email, { name: plan.candidateName });
    // Refused before anything is written; the rollback also gives the link back.
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, plan.orgId), eq(memberships.userId, account.id)));
    if (member) throw new AppError("PRECONDITION_FAILED", MEMBER_AS_CANDIDATE_MESSAGE);
    await tx
      .update(plans)
      .set({ candidateUserId: account.id, stage: plan.stage === "shared" ? "preparing" : plan.stage, updatedAt: new Date() })
      .where(eq(plans.id, plan.id));
    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "candidate",
      actorId: account.id,
      type: "invitation_accepted",
      audience: "both",
      data: {},
    });
    const signIn = await signInAfterLink(tx, { account, email: invitation.email, linkIssuedAt: invitation.createdAt });
    return { planId: plan.id, signIn };
  });
}

/** From the "link expired" page: tells the recruiter who sent it, without revealing anything to the visitor. */
export async function requestNewPlanLink(db: Db, token: string) {
  const row = await findByToken(db, token);
  if (!row || row.plan.stage === "closed") return;
  // One request a day per link is plenty; more would only flood the recruiter's inbox.
  const slot = await takeSlot(db, `plan-link-request:${row.invitation.id}`, { limit: 1, windowMs: 86_400_000 });
  if (!slot.allowed) return;
  // The recruiter who sent the link, or the admins once that recruiter has left the organisation.
  const recipients = await organisationRecipients(db, { orgId: row.plan.orgId, preferredUserId: row.invitation.invitedById });
  for (const recruiter of recipients)
    await enqueueEmail(
      db,
      recruiter.email,
      newPlanLinkRequestEmail({
        candidateName: row.plan.candidateName,
        candidateEmail: row.plan.candidateEmail,
        roleTitle: row.plan.roleTitle,
        url: absoluteUrl(env().APP_URL, planPath(row.plan.id)),
      }),
    );
}

/** The newest invitation of a plan, as the recruiter's page shows it. */
export async function latestPlanInvitation(db: Db, planId: string, now = new Date()) {
  const [row] = await db
    .select()
    .from(planInvitations)
    .where(eq(planInvitations.planId, planId))
    .orderBy(desc(planInvitations.createdAt), desc(planInvitations.id))
    .limit(1);
  if (!row) return null;
  return { status: invitationStatus(row, now), sentAt: row.createdAt, expiresAt: row.expiresAt, email: row.email };
}
