import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  interviewerInvitations,
  memberships,
  orgInvitations,
  organisations,
  outbox,
  planInvitations,
  plans,
  users,
  verificationTokens,
} from "@/db/schema";
import { confirmsDeletion, deletionEffectOn, soleAdminMessage, type MembershipFacts } from "@/server/rules/account-deletion";
import { anonymisePlans } from "./anonymise";
import { AppError } from "./errors";

export const DELETION_CONFIRMATION_MESSAGE = "Type your account's email address exactly as it is to confirm.";

/** Each organisation of the user with its headcount, as the deletion rule weighs it. */
async function membershipFacts(db: Db, userId: string): Promise<(MembershipFacts & { plans: number })[]> {
  const countIn = (table: typeof memberships | typeof plans, where = sql`true`) =>
    sql<number>`(select count(*)::int from ${table} where ${table.orgId} = ${organisations.id} and ${where})`.mapWith(Number);
  return db
    .select({
      orgId: organisations.id,
      orgName: organisations.name,
      role: memberships.role,
      members: countIn(memberships),
      admins: countIn(memberships, sql`${memberships.role} = 'admin'`),
      plans: countIn(plans),
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}

/** What deleting the account would do, for the confirmation dialog to say before anything happens. */
export async function accountDeletionPreview(db: Db, userId: string) {
  const facts = await membershipFacts(db, userId);
  const [joined] = await db.select({ n: count() }).from(plans).where(eq(plans.candidateUserId, userId));
  return {
    blockedBy: facts.filter((m) => deletionEffectOn(m) === "blocked").map((m) => m.orgName),
    organisationsDeleted: facts.filter((m) => deletionEffectOn(m) === "organisation_deleted").map((m) => ({ name: m.orgName, plans: m.plans })),
    membershipsEnding: facts.filter((m) => deletionEffectOn(m) === "membership_ends").map((m) => m.orgName),
    plansAsCandidate: joined?.n ?? 0,
  };
}

/**
 * Deletes the account, in one transaction: the plans they joined as a
 * candidate are anonymised (their private content erased, their shared
 * contributions left to the organisation as the "Former candidate"'s),
 * invitations and unsent emails to their address are dropped, an
 * organisation they were the last member of goes with them, and the user row
 * goes last, ending every session, link and membership with it (their
 * foreign keys cascade or are set null). A sole admin of an organisation with
 * other members is refused before anything changes.
 */
export async function deleteAccount(db: Db, input: { userId: string; confirmEmail: string }, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
    if (!confirmsDeletion(input.confirmEmail, user.email)) throw new AppError("PRECONDITION_FAILED", DELETION_CONFIRMATION_MESSAGE, "confirmEmail");

    // Two admins leaving at once must not each count the other: the organisations are locked before their admins are.
    const orgIds = (await tx.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, user.id))).map((m) => m.orgId);
    if (orgIds.length) await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds)).orderBy(organisations.id).for("update");
    const facts = await membershipFacts(tx, user.id);
    const blocked = facts.filter((m) => deletionEffectOn(m) === "blocked");
    if (blocked.length) throw new AppError("PRECONDITION_FAILED", soleAdminMessage(blocked.map((m) => m.orgName)));

    const joined = await tx.select({ id: plans.id }).from(plans).where(eq(plans.candidateUserId, user.id));
    await anonymisePlans(tx, joined.map((p) => p.id), "account_deleted", now);

    const pendingTo = (table: typeof planInvitations | typeof orgInvitations | typeof interviewerInvitations) =>
      and(eq(table.email, user.email), isNull(table.acceptedAt), isNull(table.revokedAt));
    await tx.update(planInvitations).set({ revokedAt: now }).where(pendingTo(planInvitations));
    await tx.update(orgInvitations).set({ revokedAt: now }).where(pendingTo(orgInvitations));
    await tx.update(interviewerInvitations).set({ revokedAt: now }).where(pendingTo(interviewerInvitations));
    await tx.delete(outbox).where(and(eq(outbox.toAddress, user.email), eq(outbox.status, "pending")));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, user.email));

    const orphaned = facts.filter((m) => deletionEffectOn(m) === "organisation_deleted").map((m) => m.orgId);
    if (orphaned.length) await tx.delete(organisations).where(inArray(organisations.id, orphaned));
    await tx.delete(users).where(eq(users.id, user.id));
  });
}
