import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { authTokens, memberships, organisations, plans, users } from "@/db/schema";
import { addMember, uniqueEmail } from "@/db/seed/factories";
import { hashLinkToken } from "@/server/auth/tokens";
import { authenticateWithPassword, BAD_CREDENTIALS_MESSAGE, EMAIL_NOT_VERIFIED_MESSAGE, signInWithLinkToken } from "@/server/domain/accounts";
import { INVALID_VERIFICATION_LINK_MESSAGE } from "@/server/domain/email-verification";
import { AppError } from "@/server/domain/errors";
import { testDb } from "./db";
import { emailsTo, linkToken, tokenEmailedTo } from "./emails";
import { planInput } from "./plan-api";
import { unverifiedRegistration } from "./registrations";
import { failureOf } from "./trpc-errors";
import { callerFor, createTestUser, signIn, TEST_PASSWORD, uniqueIp } from "./users";

const invalidLink = {
  code: "BAD_REQUEST",
  message: INVALID_VERIFICATION_LINK_MESSAGE,
  fieldErrors: { token: [INVALID_VERIFICATION_LINK_MESSAGE] },
};

/** A sign-up through the router, as the form sends it, and the token of the confirmation email. */
async function signedUp(db: Db) {
  const input = { name: "Ada Lovelace", email: uniqueEmail("signup"), password: TEST_PASSWORD, organisationName: `Engines ${randomUUID()}` };
  await callerFor(db, null).auth.signUp(input);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  return { input, user: user!, token: await tokenEmailedTo(db, input.email, "email_verification") };
}

/** How a password sign-in ends: the user, or the AppError's code and message. */
async function passwordSignIn(db: Db, email: string, password = TEST_PASSWORD) {
  try {
    return await authenticateWithPassword(db, { email, password, ip: uniqueIp() });
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe("email verification", () => {
  it("the link's page shows what is being confirmed without spending it; confirming verifies and signs in once", async () => {
    const db = await testDb();
    const { input, user, token } = await signedUp(db);
    const anyone = callerFor(db, null);

    const description = await anyone.auth.describeVerification({ token });
    expect(description).toEqual({
      state: "valid",
      name: input.name,
      email: input.email,
      organisations: [input.organisationName],
      createdAt: user.createdAt,
    });
    // Opening the page again (a mail scanner, then the reader) still finds the link usable.
    expect(await anyone.auth.describeVerification({ token })).toEqual(description);

    const { signInToken } = await anyone.auth.confirmEmail({ token });
    expect(await signInWithLinkToken(db, signInToken)).toMatchObject({ id: user.id, email: input.email });
    const [verified] = await db.select().from(users).where(eq(users.id, user.id));
    expect(verified!.emailVerified).toBeInstanceOf(Date);
    // Confirming is not a takeover: the registrant keeps their password and organisation.
    expect(await passwordSignIn(db, input.email)).toMatchObject({ id: user.id });
    expect(await memberCount(db, user.id)).toBe(1);

    expect(await failureOf(anyone.auth.confirmEmail({ token }))).toEqual(invalidLink);
    expect(await anyone.auth.describeVerification({ token })).toEqual({ state: "invalid" });
  });

  it("an expired link is described as invalid and refused, and the account stays unverified", async () => {
    const db = await testDb();
    const { user, token } = await unverifiedRegistration(db);
    await db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.tokenHash, hashLinkToken(token)));

    const anyone = callerFor(db, null);
    expect(await anyone.auth.describeVerification({ token })).toEqual({ state: "invalid" });
    expect(await failureOf(anyone.auth.confirmEmail({ token }))).toEqual(invalidLink);
    expect(await failureOf(anyone.auth.declineRegistration({ token }))).toEqual(invalidLink);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailVerified).toBeNull();
  });

  it("the link expires after EMAIL_VERIFICATION_TTL_HOURS", async () => {
    const db = await testDb();
    const before = Date.now();
    const { token } = await unverifiedRegistration(db);
    const [row] = await db.select().from(authTokens).where(eq(authTokens.tokenHash, hashLinkToken(token)));
    const hours = (row!.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(24);
    expect(hours).toBeLessThan(24.01);
  });

  it("an unverified account cannot sign in with its password; the right password gets a new link, a wrong one the usual answer", async () => {
    const db = await testDb();
    const { user, token: first } = await unverifiedRegistration(db);

    expect(await passwordSignIn(db, user.email, "not the password")).toEqual({
      code: "UNAUTHORIZED",
      message: BAD_CREDENTIALS_MESSAGE,
    });
    expect(await emailsTo(db, user.email, "email_verification")).toHaveLength(1);

    expect(await passwordSignIn(db, user.email)).toEqual({ code: "FORBIDDEN", message: EMAIL_NOT_VERIFIED_MESSAGE });
    const sent = await emailsTo(db, user.email, "email_verification");
    expect(sent).toHaveLength(2);
    const newest = linkToken(sent[0]!.textBody);
    expect(newest).not.toBe(first);

    // Only the newest link works; following it lets the password in.
    expect(await failureOf(callerFor(db, null).auth.confirmEmail({ token: first }))).toEqual(invalidLink);
    await callerFor(db, null).auth.confirmEmail({ token: newest });
    expect(await passwordSignIn(db, user.email)).toMatchObject({ id: user.id });
  });

  it("resending sends a new link to an unverified address only, with the same answer for every address", async () => {
    const db = await testDb();
    const { user } = await unverifiedRegistration(db);
    const verified = await createTestUser(db);
    const unknown = uniqueEmail("nobody");
    const anyone = callerFor(db, null);

    const answers = [
      await anyone.auth.resendVerification({ email: user.email }),
      await anyone.auth.resendVerification({ email: verified.email }),
      await anyone.auth.resendVerification({ email: unknown }),
    ];
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(await emailsTo(db, user.email, "email_verification")).toHaveLength(2);
    expect(await emailsTo(db, verified.email)).toHaveLength(0);
    expect(await emailsTo(db, unknown)).toHaveLength(0);
  });

  it("resending is throttled per address: the sixth request within the hour is refused and sends nothing", async () => {
    const db = await testDb();
    const { user } = await unverifiedRegistration(db);
    for (let i = 0; i < 4; i++) await callerFor(db, null).auth.resendVerification({ email: user.email });
    expect(await emailsTo(db, user.email, "email_verification")).toHaveLength(5);

    // Sent or not, the inbox gets at most five links an hour.
    await callerFor(db, null).auth.resendVerification({ email: user.email }).catch(() => undefined);
    const sixth = await failureOf(callerFor(db, null).auth.resendVerification({ email: user.email }));
    expect(sixth.code).toBe("TOO_MANY_REQUESTS");
    expect(await emailsTo(db, user.email, "email_verification")).toHaveLength(5);
  });

  it("'This wasn't me' removes the registration and its organisation; the address can then sign up afresh", async () => {
    const db = await testDb();
    const { user, org, token } = await unverifiedRegistration(db);
    const anyone = callerFor(db, null);

    expect(await anyone.auth.declineRegistration({ token })).toEqual({ ok: true });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await db.select().from(organisations).where(eq(organisations.id, org.id))).toEqual([]);
    expect(await failureOf(anyone.auth.confirmEmail({ token }))).toEqual(invalidLink);

    await anyone.auth.signUp({ name: "The Real Owner", email: user.email, password: TEST_PASSWORD, organisationName: "Mine" });
    const [fresh] = await db.select().from(users).where(eq(users.email, user.email));
    expect(fresh).toMatchObject({ name: "The Real Owner", emailVerified: null });
    expect(fresh!.id).not.toBe(user.id);
  });

  it("'This wasn't me' keeps an organisation somebody else belongs to", async () => {
    const db = await testDb();
    const { user, org, token } = await unverifiedRegistration(db);
    const colleague = await createTestUser(db);
    await addMember(db, org.id, colleague.id, "admin");

    await callerFor(db, null).auth.declineRegistration({ token });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    const remaining = await db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, org.id));
    expect(remaining).toEqual([{ userId: colleague.id }]);
  });

  it("signing up again over an unverified registration sends that registration's link again, nothing new", async () => {
    const db = await testDb();
    const { user, org } = await unverifiedRegistration(db);
    const again = { name: "Someone Else", email: user.email, password: TEST_PASSWORD, organisationName: `Other ${randomUUID()}` };

    expect(await callerFor(db, null).auth.signUp(again)).toEqual({ email: user.email });
    const [link] = await emailsTo(db, user.email, "email_verification");
    const description = await callerFor(db, null).auth.describeVerification({ token: linkToken(link!.textBody) });
    expect(description).toMatchObject({ state: "valid", name: "Registrant", organisations: [org.name] });
    const [orgs] = await db.select({ n: count() }).from(organisations).where(eq(organisations.name, again.organisationName));
    expect(orgs!.n).toBe(0);
  });

  it("an unverified account that still has a session cannot create plans or invite anyone", async () => {
    const db = await testDb();
    const { user, org } = await unverifiedRegistration(db);
    const caller = callerFor(db, await signIn(db, user.id), { preferredOrgId: org.id });
    const input = planInput();

    const refused = await failureOf(caller.plan.create(input));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "Confirm your email address first: follow the link we emailed you." });
    expect((await failureOf(caller.organisation.invite({ email: uniqueEmail("colleague"), role: "recruiter" }))).code).toBe("FORBIDDEN");
    expect(await db.select().from(plans).where(eq(plans.orgId, org.id))).toEqual([]);
    expect(await emailsTo(db, input.meeting.candidateEmail)).toEqual([]);
  });
});

async function memberCount(db: Db, userId: string) {
  const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.userId, userId));
  return row!.n;
}
