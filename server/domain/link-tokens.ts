import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authTokens, type AuthTokenPurpose } from "@/db/schema";
import { generateLinkToken, hashLinkToken } from "@/server/auth/tokens";

/** A single-use token for a link sent by email; only its hash is stored. */
export async function issueLinkToken(tx: Db, userId: string, purpose: AuthTokenPurpose, ttlMinutes: number) {
  const { token, tokenHash } = generateLinkToken();
  await tx.insert(authTokens).values({
    userId,
    purpose,
    tokenHash,
    expiresAt: new Date(Date.now() + ttlMinutes * 60_000),
  });
  return token;
}

/** A short-lived token the browser exchanges for a session right after a flow that proved who the user is. */
export async function issueSignInHandoff(db: Db, userId: string): Promise<string> {
  return issueLinkToken(db, userId, "sign_in_handoff", 5);
}

/**
 * Uses a link token exactly once: the UPDATE … WHERE used_at IS NULL is
 * atomic, so two concurrent uses cannot both succeed.
 */
export async function consumeLinkToken(db: Db, token: string, purposes: AuthTokenPurpose[]) {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(authTokens.tokenHash, hashLinkToken(token)),
        inArray(authTokens.purpose, purposes),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: authTokens.userId, createdAt: authTokens.createdAt });
  return row ?? null;
}

/** The still-usable token's row, without spending it: for pages that show what a link is about before acting. */
export async function peekLinkToken(db: Db, token: string, purpose: AuthTokenPurpose) {
  const [row] = await db
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, hashLinkToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/** Makes a user's unused links of one purpose stop working, so only the newest email's link does. */
export async function voidLinkTokens(tx: Db, userId: string, purpose: AuthTokenPurpose): Promise<void> {
  await tx
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}
