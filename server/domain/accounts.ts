import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authTokens, memberships, organisations, users } from "@/db/schema";
import { decoyPasswordHash, hashNeedsUpgrade, hashPassword, verifyPassword } from "@/server/auth/password";
import { endUserSessions, type SessionUser } from "@/server/auth/sessions";
import { enqueueEmail } from "@/server/email/outbox";
import { accountExistsEmail, magicLinkEmail, passwordResetEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { claimUnverifiedAccount } from "./account-claims";
import { resendVerificationLink, sendVerificationLink } from "./email-verification";
import { AppError, isUniqueViolation } from "./errors";
import { consumeLinkToken, issueLinkToken, peekLinkToken } from "./link-tokens";
import { takeSlot, throttle, type RateLimitPolicy } from "./rate-limit";

export const BAD_CREDENTIALS_MESSAGE = "Email or password is incorrect.";
export const EMAIL_NOT_VERIFIED_MESSAGE =
  "Confirm your email address first: we sent you a new confirmation link. Follow it, then sign in.";

/** The owner of a registered address hears about a sign-up attempt a few times a day at most. */
const accountExistsPolicy: RateLimitPolicy = { limit: 3, windowMs: 24 * 60 * 60_000 };

/**
 * Creates the organisation and its admin, unverified: nobody can sign in to
 * it until the emailed confirmation link is followed. An address that already
 * has an account gets the same answer (and its owner an email saying so), so
 * the form never tells who is registered.
 */
export async function signUpRecruiter(
  db: Db,
  input: { name: string; email: string; password: string; organisationName: string },
): Promise<{ email: string }> {
  // Hashed whichever way it goes, so an existing address does not answer faster.
  const passwordHash = await hashPassword(input.password);
  try {
    await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified })
        .from(users)
        .where(eq(users.email, input.email));
      if (existing) return tellExistingOwner(tx, existing);
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email, passwordHash })
        .returning({ id: users.id, name: users.name, email: users.email });
      const [org] = await tx.insert(organisations).values({ name: input.organisationName }).returning({ id: organisations.id });
      await tx.insert(memberships).values({ orgId: org!.id, userId: user!.id, role: "admin" });
      await sendVerificationLink(tx, user!);
    });
  } catch (error) {
    // Two sign-ups for one new address at once: the other one created it.
    if (!isUniqueViolation(error)) throw error;
  }
  return { email: input.email };
}

/**
 * A verified owner is told they already have an account. An unverified
 * registration gets its confirmation link again: its page shows who
 * registered, and "This wasn't me" frees the address for a new sign-up.
 */
async function tellExistingOwner(tx: Db, owner: { id: string; name: string; email: string; emailVerified: Date | null }) {
  if (!owner.emailVerified) {
    await sendVerificationLink(tx, owner);
    return;
  }
  const slot = await takeSlot(tx, `account-exists:${owner.email}`, accountExistsPolicy);
  if (!slot.allowed) return;
  const appUrl = env().APP_URL;
  await enqueueEmail(
    tx,
    owner.email,
    accountExistsEmail({ name: owner.name, signInUrl: `${appUrl}/sign-in`, resetUrl: `${appUrl}/forgot-password` }),
  );
}

/**
 * Password sign-in. Unknown email and wrong password fail identically (same
 * message, same hashing cost). Each attempt takes a slot per email and per
 * address before the hash is checked, so concurrent guesses cannot outrun
 * the limit; the right password gives its slot back.
 */
export async function authenticateWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SessionUser> {
  const attempt = await throttle(db, "sign-in", { email: input.email, ip: input.ip }, now);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !user.passwordHash || !ok) throw new AppError("UNAUTHORIZED", BAD_CREDENTIALS_MESSAGE);
  await attempt.giveBack();
  await upgradePasswordHash(db, user.id, input.password, user.passwordHash);
  // Said only to whoever knows the password, so it reveals nothing a wrong password would not.
  if (!user.emailVerified) {
    await db.transaction((tx) => sendVerificationLink(tx, user));
    throw new AppError("FORBIDDEN", EMAIL_NOT_VERIFIED_MESSAGE);
  }
  return { id: user.id, name: user.name, email: user.email };
}

/**
 * A hash made with older, cheaper parameters is replaced now that the
 * password is known; only if it is still the stored one, so a password
 * changed meanwhile is not overwritten.
 */
async function upgradePasswordHash(db: Db, userId: string, password: string, storedHash: string): Promise<void> {
  if (!hashNeedsUpgrade(storedHash)) return;
  const passwordHash = await hashPassword(password);
  await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, storedHash)));
}

/** Answers the same whether or not the email has an account, so it cannot be used to discover users. */
export async function requestMagicLink(db: Db, input: { email: string; ip: string }): Promise<void> {
  await throttle(db, "magic-link", input);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  if (!user) return;
  const minutes = env().MAGIC_LINK_TTL_MINUTES;
  await db.transaction(async (tx) => {
    const token = await issueLinkToken(tx, user.id, "magic_link", minutes);
    const url = `${env().APP_URL}/sign-in/link?token=${encodeURIComponent(token)}`;
    await enqueueEmail(tx, user.email, magicLinkEmail({ name: user.name, url, minutes }));
  });
}

export { issueSignInHandoff } from "./link-tokens";

/** An emailed sign-in link proves the address: an unverified account at it is taken over by whoever followed it. */
export async function signInWithLinkToken(db: Db, token: string): Promise<SessionUser | null> {
  return db.transaction(async (tx) => {
    const row = await consumeLinkToken(tx, token, ["magic_link", "sign_in_handoff"]);
    if (!row) return null;
    await claimUnverifiedAccount(tx, row.userId);
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, row.userId));
    return user ?? null;
  });
}

/** "Send the link again" after sign-up; answers the same whether or not the address has an unconfirmed account. */
export async function requestVerificationLink(db: Db, input: { email: string; ip: string }): Promise<void> {
  await throttle(db, "verify-email", input);
  await resendVerificationLink(db, input.email);
}

export async function requestPasswordReset(db: Db, input: { email: string; ip: string }): Promise<void> {
  await throttle(db, "password-reset", input);
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

/**
 * Whoever knew the old password, or holds a link mailed before the change,
 * is locked out: every unused sign-in, reset, handoff and verification link
 * of the user stops working.
 */
async function voidOutstandingLinks(tx: Db, userId: string): Promise<void> {
  await tx
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
}

/** Sets a new password and ends every session and outstanding link. */
export async function resetPassword(db: Db, input: { token: string; password: string }): Promise<void> {
  const invalidLink = () => new AppError("BAD_REQUEST", INVALID_RESET_LINK_MESSAGE, "token");
  // Looked up before hashing: a bogus token costs one indexed read, not a deliberately slow hash.
  if (!(await peekLinkToken(db, input.token, "password_reset"))) throw invalidLink();
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const row = await consumeLinkToken(tx, input.token, ["password_reset"]);
    if (!row) throw invalidLink();
    // The reset link proves the address: a stranger's unverified registration at it is taken over first.
    await claimUnverifiedAccount(tx, row.userId);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId));
    await endUserSessions(tx, row.userId);
    await voidOutstandingLinks(tx, row.userId);
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
    await voidOutstandingLinks(tx, input.userId);
  });
}
