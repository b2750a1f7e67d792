import { and, asc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, orgInvitations, organisations, plans, users, type MembershipRole } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { endUserSessions } from "@/server/auth/sessions";
import { generateLinkToken, hashLinkToken } from "@/server/auth/tokens";
import { enqueueEmail } from "@/server/email/outbox";
import { takeEmailQuota } from "@/server/email/quotas";
import { orgInvitationEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { AppError, notFound } from "./errors";
import { withdrawRemovedMember } from "./member-removal";
import { accountProvenBy, signInAfterLink } from "./link-acceptance";
import { linkState, type LinkState } from "@/server/rules/invitations";
import { MAX_MEMBERS_PER_ORG } from "@/server/rules/limits";

/** One of a viewer's memberships; the session check reads them all (server/auth/sessions.ts). */
export interface OrgMembership {
  orgId: string;
  orgName: string;
  role: MembershipRole;
}

/** Members and pending invitations together: an admin cannot grow an organisation's lists past this. */
export const ORGANISATION_FULL_MESSAGE = `An organisation has at most ${MAX_MEMBERS_PER_ORG} members and pending invitations together. Remove a member or withdraw an invitation first.`;

export async function listMembers(db: Db, orgId: string) {
  return db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name), asc(memberships.id))
    .limit(MAX_MEMBERS_PER_ORG);
}

export async function listPendingInvitations(db: Db, orgId: string) {
  return db
    .select({
      id: orgInvitations.id,
      email: orgInvitations.email,
      role: orgInvitations.role,
      expiresAt: orgInvitations.expiresAt,
      createdAt: orgInvitations.createdAt,
    })
    .from(orgInvitations)
    .where(
      and(
        eq(orgInvitations.orgId, orgId),
        isNull(orgInvitations.acceptedAt),
        isNull(orgInvitations.revokedAt),
        gt(orgInvitations.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(orgInvitations.createdAt), asc(orgInvitations.id))
    .limit(MAX_MEMBERS_PER_ORG);
}

/** Inviting again replaces any pending invitation for that email, so only the newest link works. */
export async function inviteRecruiter(
  db: Db,
  input: { orgId: string; inviterId: string; email: string; role: MembershipRole },
) {
  const [existing] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, input.orgId), eq(users.email, input.email)));
  if (existing) throw new AppError("CONFLICT", "This person is already a member of your organisation.", "email");

  const [context] = await db
    .select({ orgName: organisations.name, inviterName: users.name })
    .from(organisations)
    .innerJoin(users, eq(users.id, input.inviterId))
    .where(eq(organisations.id, input.orgId));
  if (!context) throw notFound("Organisation");

  const { token, tokenHash } = generateLinkToken();
  const expiresAt = new Date(Date.now() + env().INVITATION_TTL_HOURS * 3_600_000);
  return db.transaction(async (tx) => {
    await lockMemberships(tx, input.orgId);
    await assertRoomForInvitation(tx, input.orgId, input.email);
    await takeEmailQuota(tx, {
      purpose: "invitation",
      senderId: input.inviterId,
      orgId: input.orgId,
      to: input.email,
      recipientField: "email",
    });
    await tx
      .update(orgInvitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(orgInvitations.orgId, input.orgId),
          eq(orgInvitations.email, input.email),
          isNull(orgInvitations.acceptedAt),
          isNull(orgInvitations.revokedAt),
        ),
      );
    const [invitation] = await tx
      .insert(orgInvitations)
      .values({ orgId: input.orgId, email: input.email, role: input.role, tokenHash, invitedById: input.inviterId, expiresAt })
      .returning({ id: orgInvitations.id, email: orgInvitations.email, role: orgInvitations.role, expiresAt: orgInvitations.expiresAt });
    const url = `${env().APP_URL}/invitations/${encodeURIComponent(token)}`;
    await enqueueEmail(tx, input.email, orgInvitationEmail({ ...context, role: input.role, url, expiresAt }));
    return invitation!;
  });
}

/** Counted under the organisation's lock; a new invitation for the same address replaces its pending one. */
async function assertRoomForInvitation(tx: Db, orgId: string, email: string) {
  const [row] = await tx
    .select({
      members: sql<number>`(select count(*)::int from ${memberships} where ${memberships.orgId} = ${orgId})`,
      pending: sql<number>`(select count(*)::int from ${orgInvitations} where ${orgInvitations.orgId} = ${orgId}
        and ${orgInvitations.acceptedAt} is null and ${orgInvitations.revokedAt} is null
        and ${orgInvitations.expiresAt} > now() and ${orgInvitations.email} <> ${email})`,
    })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if ((row?.members ?? 0) + (row?.pending ?? 0) >= MAX_MEMBERS_PER_ORG)
    throw new AppError("BAD_REQUEST", ORGANISATION_FULL_MESSAGE, "email");
}

export async function revokeInvitation(db: Db, input: { orgId: string; invitationId: string }) {
  const [row] = await db
    .update(orgInvitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(orgInvitations.id, input.invitationId),
        eq(orgInvitations.orgId, input.orgId),
        isNull(orgInvitations.acceptedAt),
        isNull(orgInvitations.revokedAt),
      ),
    )
    .returning({ id: orgInvitations.id });
  if (!row) throw notFound("Invitation");
}

export type InvitationState = LinkState;

export async function describeInvitation(db: Db, token: string) {
  const [row] = await db
    .select({
      email: orgInvitations.email,
      role: orgInvitations.role,
      orgName: organisations.name,
      expiresAt: orgInvitations.expiresAt,
      acceptedAt: orgInvitations.acceptedAt,
      revokedAt: orgInvitations.revokedAt,
      // An unverified account does not own its address: accepting takes it over, with a name and password of one's own.
      hasAccount: sql<boolean>`exists (select 1 from ${users} where ${users.email} = ${orgInvitations.email} and ${users.emailVerified} is not null)`,
    })
    .from(orgInvitations)
    .innerJoin(organisations, eq(organisations.id, orgInvitations.orgId))
    .where(eq(orgInvitations.tokenHash, hashLinkToken(token)));
  if (!row) return { state: "unknown" as InvitationState };
  const state = linkState(row, new Date());
  if (state !== "valid") return { state, orgName: row.orgName };
  return { state, orgName: row.orgName, email: row.email, role: row.role, hasAccount: row.hasAccount };
}

export const INVALID_INVITATION_MESSAGE =
  "This invitation has expired, was already used or was withdrawn. Ask your organisation's admin for a new one.";

export const CANDIDATE_AS_MEMBER_MESSAGE =
  "You are the candidate of an open interview plan of this organisation, so you cannot join its team while that plan is open. Ask its admin to invite you again once the plan is closed.";

/** The invitation a token names, while it can still be accepted: a cheap read before any expensive work. */
async function pendingInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ email: orgInvitations.email, verified: users.emailVerified })
    .from(orgInvitations)
    .leftJoin(users, eq(users.email, orgInvitations.email))
    .where(
      and(
        eq(orgInvitations.tokenHash, hashLinkToken(token)),
        isNull(orgInvitations.acceptedAt),
        isNull(orgInvitations.revokedAt),
        gt(orgInvitations.expiresAt, new Date()),
      ),
    );
  return row;
}

/**
 * Accepting proves control of the invited email (the link was sent there), so
 * it joins the verified account with that email, or creates one (taking over
 * an unverified one) with the name and password given. It signs the browser
 * in only as `signInAfterLink` allows; otherwise the person signs in next.
 */
export async function acceptInvitation(db: Db, input: { token: string; name?: string; password?: string }) {
  // The token is looked up first, so a bad link costs no password hashing.
  const pending = await pendingInvitation(db, input.token);
  if (!pending) throw new AppError("BAD_REQUEST", INVALID_INVITATION_MESSAGE, "token");
  const needsAccount = !pending.verified;
  if (needsAccount && !input.name) throw new AppError("BAD_REQUEST", "Enter your name.", "name");
  if (needsAccount && !input.password) throw new AppError("BAD_REQUEST", "Choose a password.", "password");
  const passwordHash = needsAccount && input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(orgInvitations)
      .set({ acceptedAt: new Date() })
      .where(
        and(
          eq(orgInvitations.tokenHash, hashLinkToken(input.token)),
          isNull(orgInvitations.acceptedAt),
          isNull(orgInvitations.revokedAt),
          gt(orgInvitations.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!invitation) throw new AppError("BAD_REQUEST", INVALID_INVITATION_MESSAGE, "token");

    const account = await accountProvenBy(tx, invitation.email, { name: input.name ?? "", passwordHash });
    if (account.fresh && !passwordHash) throw new AppError("BAD_REQUEST", "Choose a password.", "password");
    if (await isCandidateOfOpenPlan(tx, invitation.orgId, account.id, invitation.email))
      throw new AppError("PRECONDITION_FAILED", CANDIDATE_AS_MEMBER_MESSAGE);
    await tx
      .insert(memberships)
      .values({ orgId: invitation.orgId, userId: account.id, role: invitation.role })
      .onConflictDoNothing();
    const signIn = await signInAfterLink(tx, {
      account,
      email: invitation.email,
      linkIssuedAt: invitation.createdAt,
      joinedOrgId: invitation.orgId,
    });
    return { orgId: invitation.orgId, signIn };
  });
}

/** A member must never be on the candidate's side of their own organisation's plan. */
async function isCandidateOfOpenPlan(tx: Db, orgId: string, userId: string, email: string): Promise<boolean> {
  const [plan] = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.orgId, orgId),
        ne(plans.stage, "closed"),
        or(eq(plans.candidateUserId, userId), eq(plans.candidateEmail, email)),
      ),
    )
    .limit(1);
  return !!plan;
}

/**
 * Removing a member takes effect on their next request (membership is checked
 * on every call) and ends their sessions. The last admin cannot be removed,
 * so an organisation is never left without one.
 */
export async function removeMember(db: Db, input: { orgId: string; membershipId: string }) {
  await db.transaction(async (tx) => {
    await lockMemberships(tx, input.orgId);
    const [target] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, input.membershipId), eq(memberships.orgId, input.orgId)))
      .for("update");
    if (!target) throw notFound("Member");
    if (target.role === "admin") await ensureAnotherAdmin(tx, input.orgId);
    await tx.delete(memberships).where(eq(memberships.id, target.id));
    await endUserSessions(tx, target.userId);
    await withdrawRemovedMember(tx, { orgId: input.orgId, userId: target.userId });
  });
}

export async function changeMemberRole(db: Db, input: { orgId: string; membershipId: string; role: MembershipRole }) {
  await db.transaction(async (tx) => {
    await lockMemberships(tx, input.orgId);
    const [target] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, input.membershipId), eq(memberships.orgId, input.orgId)))
      .for("update");
    if (!target) throw notFound("Member");
    if (target.role === input.role) return;
    if (target.role === "admin") await ensureAnotherAdmin(tx, input.orgId);
    await tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, target.id));
  });
}

/**
 * Serialises removals and role changes within one organisation. Without it,
 * two admins demoting each other at once each lock their target row, then wait
 * for the other's in ensureAnotherAdmin: a deadlock, reported as a server error.
 * NO KEY UPDATE leaves inserts of new memberships (which only KEY SHARE-lock the organisation) unblocked.
 */
async function lockMemberships(tx: Db, orgId: string) {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId)).for("no key update");
}

/** Locks the admins' rows so two concurrent demotions cannot both pass the check. */
async function ensureAnotherAdmin(tx: Db, orgId: string) {
  const admins = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "admin")))
    .for("update");
  if (admins.length <= 1)
    throw new AppError("PRECONDITION_FAILED", "An organisation needs at least one admin: make someone else admin first.");
}
