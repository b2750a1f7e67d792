import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { COMMON_PASSWORD_MESSAGE } from "@/server/auth/common-passwords";
import { findActiveSession } from "@/server/auth/sessions";
import { authenticateWithPassword, INVALID_RESET_LINK_MESSAGE, issueSignInHandoff, signInWithLinkToken } from "@/server/domain/accounts";
import { AppError } from "@/server/domain/errors";
import { env } from "@/server/env";
import { testDb } from "./db";
import { emailsTo, linkToken, tokenEmailedTo } from "./emails";
import { inviteWithToken, passwordResetToken } from "./fixtures";
import { newOrg } from "./plan-api";
import { failureOf } from "./trpc-errors";
import { callerFor, createTestUser, signIn, TEST_PASSWORD, uniqueIp } from "./users";

const NEW_PASSWORD = "a completely new password";

async function storedHash(db: Db, userId: string) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash;
}

/** A sign-in link and a handoff token the user holds, neither used yet. */
async function outstandingLinks(db: Db, user: { id: string; email: string }) {
  await callerFor(db, null).auth.requestMagicLink({ email: user.email });
  return { magicLink: await tokenEmailedTo(db, user.email, "magic_link"), handoff: await issueSignInHandoff(db, user.id) };
}

/** A token of the right shape that was never issued. */
const bogusToken = () => randomBytes(32).toString("base64url");

/** Whether the password signs the user in now (each attempt from a new IP, so no rate limit interferes). */
async function passwordWorks(db: Db, email: string, password: string): Promise<boolean> {
  return authenticateWithPassword(db, { email, password, ip: uniqueIp() }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof AppError && error.code === "UNAUTHORIZED") return false;
      throw error;
    },
  );
}

describe("password reset", () => {
  it("the emailed link sets a new password once and ends every session", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const sessions = [await signIn(db, user.id), await signIn(db, user.id)];
    const token = await passwordResetToken(db, user.email);
    const anyone = callerFor(db, null);

    await anyone.auth.resetPassword({ token, password: NEW_PASSWORD });

    for (const session of sessions) expect(await findActiveSession(db, session.sessionToken)).toBeNull();
    expect(await passwordWorks(db, user.email, NEW_PASSWORD)).toBe(true);
    expect(await passwordWorks(db, user.email, TEST_PASSWORD)).toBe(false);

    expect(await failureOf(anyone.auth.resetPassword({ token, password: "yet another password" }))).toEqual({
      code: "BAD_REQUEST",
      message: INVALID_RESET_LINK_MESSAGE,
      fieldErrors: { token: [INVALID_RESET_LINK_MESSAGE] },
    });
    // The refused second use changed nothing: the first new password still works.
    expect(await passwordWorks(db, user.email, NEW_PASSWORD)).toBe(true);
  });

  it("voids every other link the user holds: sign-in, handoff and older reset links", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const { magicLink, handoff } = await outstandingLinks(db, user);
    const token = await passwordResetToken(db, user.email);
    await callerFor(db, null).auth.requestPasswordReset({ email: user.email });
    const resetLinks = (await emailsTo(db, user.email, "password_reset")).map((e) => linkToken(e.textBody));
    const otherReset = resetLinks.find((t) => t !== token)!;

    await callerFor(db, null).auth.resetPassword({ token, password: NEW_PASSWORD });

    expect(await signInWithLinkToken(db, magicLink)).toBeNull();
    expect(await signInWithLinkToken(db, handoff)).toBeNull();
    expect((await failureOf(callerFor(db, null).auth.resetPassword({ token: otherReset, password: "yet another password" }))).message).toBe(
      INVALID_RESET_LINK_MESSAGE,
    );
  });

  it("30 concurrent bogus resets are each answered with the invalid-link message and change no password", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    await passwordResetToken(db, user.email);
    const before = await storedHash(db, user.id);
    const attacker = callerFor(db, null);

    const failures = await Promise.all(
      Array.from({ length: 30 }, () => failureOf(attacker.auth.resetPassword({ token: bogusToken(), password: NEW_PASSWORD }))),
    );
    for (const failure of failures)
      expect(failure).toEqual({ code: "BAD_REQUEST", message: INVALID_RESET_LINK_MESSAGE, fieldErrors: { token: [INVALID_RESET_LINK_MESSAGE] } });
    expect(await storedHash(db, user.id)).toBe(before);
  });

  it("one address gets SIGN_IN_MAX_FAILURES_PER_IP reset attempts per window, then is told to wait", async () => {
    const db = await testDb();
    const attacker = callerFor(db, null);
    const attempts = env().SIGN_IN_MAX_FAILURES_PER_IP;
    for (let i = 0; i < attempts; i++)
      await expect(attacker.auth.resetPassword({ token: bogusToken(), password: NEW_PASSWORD })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const refused = await failureOf(attacker.auth.resetPassword({ token: bogusToken(), password: NEW_PASSWORD }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/^Too many password reset attempts\. Try again in \d+ minutes\.$/);
    // Another address is not held back.
    expect((await failureOf(callerFor(db, null).auth.resetPassword({ token: bogusToken(), password: NEW_PASSWORD }))).code).toBe("BAD_REQUEST");
  });

  it("asking for an unknown email answers ok and sends nothing", async () => {
    const db = await testDb();
    const email = uniqueEmail("nobody");
    await expect(callerFor(db, null).auth.requestPasswordReset({ email })).resolves.toEqual({ ok: true });
    expect(await emailsTo(db, email)).toEqual([]);
  });
});

describe("account.changePassword", () => {
  it("keeps the session that made the change and ends the others", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const current = await signIn(db, user.id);
    const other = await signIn(db, user.id);

    await callerFor(db, current).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });

    expect(await findActiveSession(db, current.sessionToken)).not.toBeNull();
    expect(await findActiveSession(db, other.sessionToken)).toBeNull();
    expect(await passwordWorks(db, user.email, NEW_PASSWORD)).toBe(true);
  });

  it("voids every sign-in, handoff and reset link the user holds", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const current = await signIn(db, user.id);
    const { magicLink, handoff } = await outstandingLinks(db, user);
    const reset = await passwordResetToken(db, user.email);

    await callerFor(db, current).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });

    expect(await signInWithLinkToken(db, magicLink)).toBeNull();
    expect(await signInWithLinkToken(db, handoff)).toBeNull();
    expect((await failureOf(callerFor(db, null).auth.resetPassword({ token: reset, password: "yet another password" }))).message).toBe(
      INVALID_RESET_LINK_MESSAGE,
    );
  });

  it("refuses a wrong current password on that field and changes nothing", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const current = await signIn(db, user.id);
    const other = await signIn(db, user.id);

    const failure = await failureOf(
      callerFor(db, current).account.changePassword({ currentPassword: "not my password", newPassword: NEW_PASSWORD }),
    );
    expect(failure).toEqual({
      code: "BAD_REQUEST",
      message: "Your current password is not correct.",
      fieldErrors: { currentPassword: ["Your current password is not correct."] },
    });
    expect(await findActiveSession(db, other.sessionToken)).not.toBeNull();
    expect(await passwordWorks(db, user.email, TEST_PASSWORD)).toBe(true);
  });
});

describe("new passwords are not among the most common ones", () => {
  // From the shipped list, long enough for the length rule, in another case than listed ("qwertyuiop").
  const COMMON = "QwertyUiop";
  const commonRefusal = (field: string) => ({
    code: "BAD_REQUEST",
    message: "Please check the highlighted fields.",
    fieldErrors: { [field]: [COMMON_PASSWORD_MESSAGE] },
  });

  it("sign-up refuses one, on the password field, and creates nothing", async () => {
    const db = await testDb();
    const email = uniqueEmail("common");
    const failure = await failureOf(
      callerFor(db, null).auth.signUp({ name: "Casey", email, password: COMMON, organisationName: "Acme" }),
    );
    expect(failure).toEqual(commonRefusal("password"));
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("a password reset refuses one and leaves the link usable", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const token = await passwordResetToken(db, user.email);
    const anyone = callerFor(db, null);
    expect(await failureOf(anyone.auth.resetPassword({ token, password: "password1234" }))).toEqual(commonRefusal("password"));
    await anyone.auth.resetPassword({ token, password: NEW_PASSWORD });
    expect(await passwordWorks(db, user.email, NEW_PASSWORD)).toBe(true);
  });

  it("a password change refuses one and keeps the old password", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const before = await storedHash(db, user.id);
    const failure = await failureOf(
      callerFor(db, await signIn(db, user.id)).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "1q2w3e4r5t" }),
    );
    expect(failure).toEqual(commonRefusal("newPassword"));
    expect(await storedHash(db, user.id)).toBe(before);
  });

  it("accepting an invitation refuses one and leaves the invitation pending", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const { token } = await inviteWithToken(db, { orgId: org.id, inviterId: admin.user.id });
    const anyone = callerFor(db, null);
    expect(await failureOf(anyone.invitation.accept({ token, name: "Ines", password: "basketball" }))).toEqual(
      commonRefusal("password"),
    );
    expect((await anyone.invitation.describe({ token })).state).toBe("valid");
  });

  it("a password that is merely long and unlisted is accepted", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const token = await passwordResetToken(db, user.email);
    await expect(callerFor(db, null).auth.resetPassword({ token, password: "plum kettle orbit 42" })).resolves.toEqual({ ok: true });
  });
});
