import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authTokens, memberships, organisations, users, type AuthTokenPurpose } from "@/db/schema";
import { decoyPasswordHash, hashPassword, verifyPassword } from "@/server/auth/password";
import { endUserSessions, type SessionUser } from "@/server/auth/sessions";
import { generateLinkToken, hashLinkToken } from "@/server/auth/tokens";
import { enqueueEmail } from "@/server/email/outbox";
import { magicLinkEmail, passwordResetEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { AppError, isUniqueViolation } from "./errors";
import { countAttempt, describeRetry, rateLimitStatus, takeSlot, type RateLimitPolicy } from "./rate-limit";

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";
export const BAD_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

function signInPolicy(): RateLimitPolicy {
  const e = env();
  return { limit: e.SIGN_IN_MAX_FAILURES, windowMs: e.SIGN_IN_WINDOW_MINUTES * 60_000 };
}

/** Emails sent on request (links, resets) are limited too, so nobody can flood an inbox. */
const emailRequestPolicy: RateLimitPolicy = { limit: 5, windowMs: 60 * 60_000 };

export async function signUpRecruiter(
  db: Db,
  input: { name: string; email: string; password: string; organisationName: string },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email, passwordHash })
        .returning({ id: users.id, name: users.name, email: users.email });
      const [org] = await tx
        .insert(organisations)
        .values({ name: input.organisationName })
        .returning({ id: organisations.id, name: organisations.name });
      await tx.insert(memberships).values({ orgId: org!.id, userId: user!.id, role: "admin" });
      return { user: user!, organisation: org! };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, "email");
    throw error;
  }
}

/**
 * Password sign-in. Unknown email and wrong password fail identically (same
 * message, same hashing cost); failures count per email and per IP.
 */
export async function authenticateWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SessionUser> {
  const policy = signInPolicy();
  const keys = rateLimitKeys("sign-in", input.email, input.ip);
  for (const key of keys) {
    const status = await rateLimitStatus(db, key, policy, now);
    if (status.limited)
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `Too many failed sign-in attempts. Try again ${describeRetry(status.retryAfterSeconds)}.`,
      );
  }
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !user.passwordHash || !ok) {
    for (const key of keys) await countAttempt(db, key, policy, now);
    throw new AppError("UNAUTHORIZED", BAD_CREDENTIALS_MESSAGE);
  }
  return { id: user.id, name: user.name, email: user.email };
}

/**
 * Per email and per client address. An address the server could not learn is
 * not a key: it would be shared by every visitor, and five failures anywhere
 * would lock everyone out.
 */
function rateLimitKeys(kind: string, email: string, ip: string): string[] {
  const keys = [`${kind}:email:${email}`];
  if (ip && ip !== "unknown") keys.push(`${kind}:ip:${ip}`);
  return keys;
}

async function issueLinkToken(tx: Db, userId: string, purpose: AuthTokenPurpose, ttlMinutes: number) {
  const { token, tokenHash } = generateLinkToken();
  await tx.insert(authTokens).values({
    userId,
    purpose,
    tokenHash,
    expiresAt: new Date(Date.now() + ttlMinutes * 60_000),
  });
  return token;
}

async function allowEmailRequest(db: Db, kind: string, email: string, ip: string): Promise<void> {
  for (const key of rateLimitKeys(kind, email, ip)) {
    const status = await takeSlot(db, key, emailRequestPolicy);
    if (!status.allowed)
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `Too many requests. Try again ${describeRetry(status.retryAfterSeconds)}.`,
      );
  }
}

/** Answers the same whether or not the email has an account, so it cannot be used to discover users. */
export async function requestMagicLink(db: Db, input: { email: string; ip: string }): Promise<void> {
  await allowEmailRequest(db, "magic-link", input.email, input.ip);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  if (!user) return;
  const minutes = env().MAGIC_LINK_TTL_MINUTES;
  await db.transaction(async (tx) => {
    const token = await issueLinkToken(tx, user.id, "magic_link", minutes);
    const url = `${env().APP_URL}/sign-in/link?token=${encodeURIComponent(token)}`;
    await enqueueEmail(tx, user.email, magicLinkEmail({ name: user.name, url, minutes }));
  });
}

/** A short-lived token the browser exchanges for a session right after a flow that proved who the user is. */
export async function issueSignInHandoff(db: Db, userId: string): Promise<string> {
  return issueLinkToken(db, userId, "sign_in_handoff", 5);
}

/**
 * Uses a link token exactly once: the UPDATE … WHERE used_at IS NULL is
 * atomic, so two concurrent uses cannot both succeed.
 */
async function consumeLinkToken(db: Db, token: string, purposes: AuthTokenPurpose[]) {
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
    .returning({ userId: authTokens.userId });
  return row ?? null;
}

export async function signInWithLinkToken(db: Db, token: string): Promise<SessionUser | null> {
  const row = await consumeLinkToken(db, token, ["magic_link", "sign_in_handoff"]);
  if (!row) return null;
  const [user] = await db
    .update(users)
    .set({ emailVerified: new Date() })
    .where(eq(users.id, row.userId))
    .returning({ id: users.id, name: users.name, email: users.email });
  return user ?? null;
}

export async function requestPasswordReset(db: Db, input: { email: string; ip: string }): Promise<void> {
  await allowEmailRequest(db, "password-reset", input.email, input.ip);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  if (!user) return;
  const minutes = env().PASSWORD_RESET_TTL_MINUTES;
  await db.transaction(async (tx) => {
    const token = await issueLinkToken(tx, user.id, "password_reset", minutes);
    const url = `${env().APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
    await enqueueEmail(tx, user.email, passwordResetEmail({ name: user.name, url, minutes }));
  });
}

export const INVALID_RESET_LINK_MESSAGE =
  "This reset link has expired or was already used. Ask for a new one below.";

/** Sets a new password and ends every session: whoever knew the old password is signed out. */
export async function resetPassword(db: Db, input: { token: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const row = await consumeLinkToken(tx, input.token, ["password_reset"]);
    if (!row) throw new AppError("BAD_REQUEST", INVALID_RESET_LINK_MESSAGE, "token");
    await tx.update(users).set({ passwordHash, emailVerified: new Date() }).where(eq(users.id, row.userId));
    await endUserSessions(tx, row.userId);
  });
}

export async function changePassword(
  db: Db,
  input: { userId: string; sessionToken: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  if (user.passwordHash && !(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new AppError("BAD_REQUEST", "Your current password is not correct.", "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, input.userId));
    await endUserSessions(tx, input.userId, input.sessionToken);
  });
}
