import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authTokens, memberships, notifications, organisations, plans, users } from "@/db/schema";
import { endUserSessions } from "@/server/auth/sessions";
import { publishChanges } from "@/server/live/publish";

/**
 * Called by every flow that proves control of an address (a join or
 * invitation link, a sign-in link, a password reset) before it trusts the
 * account at that address. An account nobody has verified may have been
 * registered by someone else under this address; whoever proves the address
 * takes it over, and nothing the registrant set up survives: the password,
 * every session and outstanding link, and what the account gathered before
 * verification. A verified account is left as it is.
 * Returns whether the account was taken over.
 */
export async function claimUnverifiedAccount(tx: Db, userId: string): Promise<boolean> {
  const [user] = await tx
    .select({ emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user || user.emailVerified) return false;

  await endUserSessions(tx, userId);
  await tx
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
  await removeGatheredMemberships(tx, userId);
  const detached = await tx
    .update(plans)
    .set({ candidateUserId: null, updatedAt: new Date() })
    .where(eq(plans.candidateUserId, userId))
    .returning({ planId: plans.id, orgId: plans.orgId });
  // Not a change of the plan's content (a closed plan loses its impostor too), so no assertPlanWritable: the open pages are told directly.
  await publishChanges(tx, detached.map(({ planId, orgId }) => ({ scope: "plan" as const, planId, orgId, parts: ["details" as const] })));
  await tx.delete(notifications).where(eq(notifications.userId, userId));
  await tx.update(users).set({ passwordHash: null, emailVerified: new Date() }).where(eq(users.id, userId));
  return true;
}

/** Its memberships go; an organisation nobody else belongs to (the one its sign-up created) goes with them. */
export async function removeGatheredMemberships(tx: Db, userId: string): Promise<void> {
  const gathered = await tx
    .delete(memberships)
    .where(eq(memberships.userId, userId))
    .returning({ orgId: memberships.orgId });
  const orgIds = gathered.map((m) => m.orgId);
  if (!orgIds.length) return;
  await tx
    .delete(organisations)
    .where(
      and(
        inArray(organisations.id, orgIds),
        sql`not exists (select 1 from ${memberships} where ${memberships.orgId} = ${organisations.id})`,
      ),
    );
}
