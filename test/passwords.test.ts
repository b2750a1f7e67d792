import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { uniqueEmail } from "@/db/seed/factories";
import { findActiveSession } from "@/server/auth/sessions";
import { authenticateWithPassword, INVALID_RESET_LINK_MESSAGE } from "@/server/domain/accounts";
import { AppError } from "@/server/domain/errors";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { passwordResetToken } from "./fixtures";
import { failureOf } from "./trpc-errors";
import { callerFor, createTestUser, signIn, TEST_PASSWORD, uniqueIp } from "./users";

const NEW_PASSWORD = "a completely new password";

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
