import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { env } from "@/server/env";
import { claimUnverifiedAccount } from "./account-claims";
import { issueSignInHandoff } from "./link-tokens";

/**
 * What a join or invitation link does about signing in: hand the browser a
 * one-time token, or attach what the link brought and ask for a sign-in.
 */
export type LinkSignIn = { token: string } | { required: true; email: string };

export interface ProvenAccount {
  id: string;
  /** Created or taken over by this very link: whoever followed it is the only one who ever used it. */
  fresh: boolean;
}

/**
 * The account at an address the link was sent to, for whoever followed it:
 * created if there is none, taken over if it was never verified (someone
 * else may have registered it). `newAccount` names it and sets its password.
 */
export async function accountProvenBy(
  tx: Db,
  email: string,
  newAccount: { name: string; passwordHash?: string },
): Promise<ProvenAccount> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).for("update");
  if (!existing) {
    const [created] = await tx
      .insert(users)
      .values({ name: newAccount.name, email, passwordHash: newAccount.passwordHash ?? null, emailVerified: new Date() })
      .returning({ id: users.id });
    return { id: created!.id, fresh: true };
  }
  if (!(await claimUnverifiedAccount(tx, existing.id))) return { id: existing.id, fresh: false };
  await tx
    .update(users)
    .set({ name: newAccount.name, passwordHash: newAccount.passwordHash ?? null })
    .where(eq(users.id, existing.id));
  return { id: existing.id, fresh: true };
}

/**
 * A link in a URL sits in mailboxes, histories and logs, so it signs in only
 * while it is minutes old, and only into an account nobody else could hold a
 * way into: one it just created or took over, or one with no password and no
 * membership but the one `joinedOrgId` this link added.
 */
export async function signInAfterLink(
  tx: Db,
  input: { account: ProvenAccount; email: string; linkIssuedAt: Date; joinedOrgId?: string },
  now = new Date(),
): Promise<LinkSignIn> {
  const required = { required: true as const, email: input.email };
  if (now.getTime() - input.linkIssuedAt.getTime() >= env().LINK_SIGN_IN_MINUTES * 60_000) return required;
  if (!input.account.fresh && !(await isLinkOnlyAccount(tx, input.account.id, input.joinedOrgId))) return required;
  return { token: await issueSignInHandoff(tx, input.account.id) };
}

async function isLinkOnlyAccount(tx: Db, userId: string, joinedOrgId?: string): Promise<boolean> {
  const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user || user.passwordHash) return false;
  const [other] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      joinedOrgId
        ? and(eq(memberships.userId, userId), ne(memberships.orgId, joinedOrgId))
        : eq(memberships.userId, userId),
    )
    .limit(1);
  return !other;
}
