import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { enqueueEmail } from "@/server/email/outbox";
import { emailVerificationEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { removeGatheredMemberships } from "./account-claims";
import { AppError } from "./errors";
import { consumeLinkToken, issueLinkToken, issueSignInHandoff, peekLinkToken, voidLinkTokens } from "./link-tokens";
import { takeSlot } from "./rate-limit";

export const INVALID_VERIFICATION_LINK_MESSAGE =
  "This confirmation link has expired or was already used. Sign in with your password to get a new one.";

/** Verification emails one address may receive per hour, whoever asks; more would only flood the inbox. */
const VERIFICATION_EMAILS_PER_HOUR = 5;

/** The organisations an account belongs to, by name: what the owner of the address is asked to confirm. */
async function organisationNamesOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
  return rows.map((r) => r.name);
}

/**
 * Emails a new confirmation link (the previous ones stop working) unless the
 * address already received its share this hour. Returns whether it was sent.
 */
export async function sendVerificationLink(
  tx: Db,
  user: { id: string; name: string; email: string },
): Promise<boolean> {
  const slot = await takeSlot(tx, `verify-email:to:${user.email}`, {
    limit: VERIFICATION_EMAILS_PER_HOUR,
    windowMs: 60 * 60_000,
  });
  if (!slot.allowed) return false;
  const hours = env().EMAIL_VERIFICATION_TTL_HOURS;
  await voidLinkTokens(tx, user.id, "email_verification");
  const token = await issueLinkToken(tx, user.id, "email_verification", hours * 60);
  const [orgName] = await organisationNamesOf(tx, user.id);
  await enqueueEmail(
    tx,
    user.email,
    emailVerificationEmail({
      name: user.name,
      email: user.email,
      orgName: orgName ?? null,
      hours,
      url: `${env().APP_URL}/verify-email?token=${encodeURIComponent(token)}`,
    }),
  );
  return true;
}

/** "Resend the link" from the sign-up page: the same answer whether or not the address has an unverified account. */
export async function resendVerificationLink(db: Db, email: string): Promise<void> {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.emailVerified)));
  if (!user) return;
  await db.transaction((tx) => sendVerificationLink(tx, user));
}

export type VerificationDescription =
  | { state: "valid"; name: string; email: string; organisations: string[]; createdAt: Date }
  | { state: "invalid" };

/** What the link would confirm, shown before anything is spent: mail scanners open links too. */
export async function describeEmailVerification(db: Db, token: string): Promise<VerificationDescription> {
  const row = await peekLinkToken(db, token, "email_verification");
  if (!row) return { state: "invalid" };
  const [user] = await db
    .select({ name: users.name, email: users.email, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.id, row.userId), isNull(users.emailVerified)));
  if (!user) return { state: "invalid" };
  return { state: "valid", ...user, organisations: await organisationNamesOf(db, row.userId) };
}

/** The owner of the address says the registration is theirs: it is verified, and the browser gets a one-time sign-in token. */
export async function confirmEmail(db: Db, token: string): Promise<{ signInToken: string }> {
  return db.transaction(async (tx) => {
    const row = await consumeLinkToken(tx, token, ["email_verification"]);
    if (!row) throw new AppError("BAD_REQUEST", INVALID_VERIFICATION_LINK_MESSAGE, "token");
    const [user] = await tx
      .update(users)
      .set({ emailVerified: new Date() })
      .where(and(eq(users.id, row.userId), isNull(users.emailVerified)))
      .returning({ id: users.id });
    if (!user) throw new AppError("BAD_REQUEST", INVALID_VERIFICATION_LINK_MESSAGE, "token");
    return { signInToken: await issueSignInHandoff(tx, user.id) };
  });
}

/**
 * "This wasn't me": the owner of the address refuses a registration made in
 * their name. The account goes, and so does the organisation it created
 * unless someone else belongs to it; the address is free to sign up again.
 */
export async function declineRegistration(db: Db, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await consumeLinkToken(tx, token, ["email_verification"]);
    if (!row) throw new AppError("BAD_REQUEST", INVALID_VERIFICATION_LINK_MESSAGE, "token");
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, row.userId), isNull(users.emailVerified)))
      .for("update");
    if (!user) throw new AppError("BAD_REQUEST", INVALID_VERIFICATION_LINK_MESSAGE, "token");
    await removeGatheredMemberships(tx, user.id);
    await tx.delete(users).where(eq(users.id, user.id));
  });
}
