import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviewerInvitations, organisations, planInterviewers, plans } from "@/db/schema";
import { hashLinkToken } from "@/server/auth/tokens";
import { enqueueEmail } from "@/server/email/outbox";
import { newInterviewerLinkRequestEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { planLinkState, type PlanLinkState } from "@/server/rules/invitations";
import { absoluteUrl, planPath } from "@/server/rules/plan-urls";
import { formatMeetingOnItsClock } from "@/server/rules/format";
import { isTimeToBePicked } from "@/server/rules/scheduling";
import { AppError } from "./errors";
import { accountProvenBy, signInAfterLink } from "./link-acceptance";
import { organisationRecipients } from "./org-recipients";
import { INVALID_PLAN_LINK_MESSAGE } from "./plan-invitations";
import { assertPlanWritable } from "./plan-writable";
import { takeSlot } from "./rate-limit";
import { updateTeamCalendars } from "./team-calendars";

/**
 * An interviewer's invitation link (interviewer_invitations, sent by
 * interviewerInvitation.send) follows the candidate's link rules: the token
 * is the credential, stored as a hash, single-use, expiring, only the newest
 * of an interviewer's links works, and following it proves the address.
 */

export const CANDIDATE_AS_INTERVIEWER_MESSAGE =
  "This address belongs to the plan's candidate: the candidate cannot also be one of its interviewers. Ask the recruiter to invite another address.";

export const ALREADY_ANOTHER_INTERVIEWER_MESSAGE =
  "Your account already speaks for another interviewer of this plan. Ask the recruiter to invite another address for this interviewer.";

/** A newer link for the same interviewer replaces this one, even if revoking it was missed. */
const superseded = sql`exists (select 1 from ${interviewerInvitations} newer
  where newer.interviewer_id = ${interviewerInvitations.interviewerId}
    and (newer.created_at, newer.id) > (${interviewerInvitations.createdAt}, ${interviewerInvitations.id}))`;

async function findByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      invitation: interviewerInvitations,
      superseded: sql<boolean>`${superseded}`.mapWith(Boolean),
      plan: plans,
      orgName: organisations.name,
      interviewerName: planInterviewers.name,
    })
    .from(interviewerInvitations)
    .innerJoin(plans, eq(plans.id, interviewerInvitations.planId))
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .innerJoin(planInterviewers, eq(planInterviewers.id, interviewerInvitations.interviewerId))
    .where(eq(interviewerInvitations.tokenHash, hashLinkToken(token)));
  return row;
}

function stateOf(row: NonNullable<Awaited<ReturnType<typeof findByToken>>>, now: Date): PlanLinkState {
  const state = planLinkState(row.invitation, row.plan.stage, now);
  return state === "valid" && row.superseded ? "revoked" : state;
}

/** What the team-join page says about a followed link; the people's names only while it works. */
export async function describeInterviewerInvitation(db: Db, token: string) {
  const row = await findByToken(db, token);
  if (!row) return { state: "unknown" as PlanLinkState };
  const state = stateOf(row, new Date());
  const valid = state === "valid";
  return {
    state,
    orgName: row.orgName,
    roleTitle: row.plan.roleTitle,
    hiringCompany: row.plan.hiringCompany,
    candidateName: valid ? row.plan.candidateName : undefined,
    interviewerName: valid ? row.interviewerName : undefined,
  };
}

/**
 * Following the emailed link proves control of that address: it creates the
 * interviewer's account (or takes over an unverified one, or uses the
 * verified one with that email) and makes it speak for this interviewer of
 * this plan. Signs the browser in only as `signInAfterLink` allows.
 */
export async function acceptInterviewerInvitation(db: Db, token: string) {
  return db.transaction(async (tx) => {
    const usable = and(
      eq(interviewerInvitations.tokenHash, hashLinkToken(token)),
      isNull(interviewerInvitations.acceptedAt),
      isNull(interviewerInvitations.revokedAt),
      gt(interviewerInvitations.expiresAt, new Date()),
    );
    const [link] = await tx.select({ planId: interviewerInvitations.planId }).from(interviewerInvitations).where(usable);
    if (!link) throw new AppError("BAD_REQUEST", INVALID_PLAN_LINK_MESSAGE, "token");
    // The plan's lock before the link's, as the candidate's link takes them: a link of a plan closed
    // (or replaced by a newer one) meanwhile is refused below.
    const plan = await assertPlanWritable(tx, link.planId, ["details"]);
    const [newest] = await tx.select({ id: interviewerInvitations.id }).from(interviewerInvitations).where(and(usable, sql`not ${superseded}`));
    const [invitation] = newest
      ? await tx.update(interviewerInvitations).set({ acceptedAt: new Date() }).where(and(usable, eq(interviewerInvitations.id, newest.id))).returning()
      : [];
    if (!invitation) throw new AppError("BAD_REQUEST", INVALID_PLAN_LINK_MESSAGE, "token");
    const [interviewer] = await tx
      .select({ name: planInterviewers.name })
      .from(planInterviewers)
      .where(eq(planInterviewers.id, invitation.interviewerId));
    if (!interviewer) throw new AppError("BAD_REQUEST", INVALID_PLAN_LINK_MESSAGE, "token");

    const account = await accountProvenBy(tx, invitation.email, { name: interviewer.name });
    // Refused before anything is written for the plan; the rollback also gives the link back.
    if (account.id === plan.candidateUserId || invitation.email === plan.candidateEmail)
      throw new AppError("PRECONDITION_FAILED", CANDIDATE_AS_INTERVIEWER_MESSAGE);
    const [other] = await tx
      .select({ id: planInterviewers.id })
      .from(planInterviewers)
      .where(
        and(
          eq(planInterviewers.planId, plan.id),
          eq(planInterviewers.userId, account.id),
          ne(planInterviewers.id, invitation.interviewerId),
        ),
      );
    if (other) throw new AppError("PRECONDITION_FAILED", ALREADY_ANOTHER_INTERVIEWER_MESSAGE);
    await tx.update(planInterviewers).set({ userId: account.id }).where(eq(planInterviewers.id, invitation.interviewerId));
    // A meeting with its time set goes into their calendar now; every later change follows it there.
    if (!isTimeToBePicked(plan) && plan.endsAt > new Date())
      await updateTeamCalendars(tx, plan, "REQUEST", `You joined the plan: the meeting is on ${formatMeetingOnItsClock(plan)}.`, invitation.interviewerId);
    const signIn = await signInAfterLink(tx, { account, email: invitation.email, linkIssuedAt: invitation.createdAt });
    return { planId: plan.id, signIn };
  });
}

/** From the "link expired" page: tells the recruiter who sent it, without revealing anything to the visitor. */
export async function requestNewInterviewerLink(db: Db, token: string) {
  const row = await findByToken(db, token);
  if (!row || row.plan.stage === "closed") return;
  // One request a day per link is plenty; more would only flood the recruiter's inbox.
  const slot = await takeSlot(db, `interviewer-link-request:${row.invitation.id}`, { limit: 1, windowMs: 86_400_000 });
  if (!slot.allowed) return;
  const recipients = await organisationRecipients(db, { orgId: row.plan.orgId, preferredUserId: row.invitation.invitedById });
  for (const recruiter of recipients)
    await enqueueEmail(
      db,
      recruiter.email,
      newInterviewerLinkRequestEmail({
        interviewerName: row.interviewerName,
        interviewerEmail: row.invitation.email,
        roleTitle: row.plan.roleTitle,
        candidateName: row.plan.candidateName,
        url: absoluteUrl(env().APP_URL, planPath(row.plan.id)),
      }),
    );
}
