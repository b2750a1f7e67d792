import { describe, expect, it } from "vitest";
import { uniqueEmail } from "@/db/seed/factories";
import { authenticateWithPassword, BAD_CREDENTIALS_MESSAGE } from "@/server/domain/accounts";
import { AppError } from "@/server/domain/errors";
import { env } from "@/server/env";
import { testDb } from "./db";
import { createTestUser, TEST_PASSWORD, uniqueIp } from "./users";

/** The error authenticateWithPassword throws, as { code, message }. */
async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => {
      throw new Error("expected the sign-in to be refused");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return { code: error.code, message: error.message };
}

describe("password sign-in", () => {
  it("signs in with the right password", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const signedIn = await authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip: uniqueIp() });
    expect(signedIn).toEqual({ id: user.id, name: user.name, email: user.email });
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const wrongPassword = await refusal(
      authenticateWithPassword(db, { email: user.email, password: "not the password", ip: uniqueIp() }),
    );
    const unknownEmail = await refusal(
      authenticateWithPassword(db, { email: uniqueEmail("nobody"), password: TEST_PASSWORD, ip: uniqueIp() }),
    );
    expect(wrongPassword).toEqual({ code: "UNAUTHORIZED", message: BAD_CREDENTIALS_MESSAGE });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("after too many failures for an email refuses even the right password, until the window has passed", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const { SIGN_IN_MAX_FAILURES: maxFailures, SIGN_IN_WINDOW_MINUTES: windowMinutes } = env();
    const start = new Date();
    // A new IP for every attempt: only the per-email limit is at work here.
    const attempt = (password: string, now: Date) =>
      authenticateWithPassword(db, { email: user.email, password, ip: uniqueIp() }, now);

    for (let i = 0; i < maxFailures; i++)
      expect((await refusal(attempt("not the password", start))).code).toBe("UNAUTHORIZED");

    const limited = await refusal(attempt(TEST_PASSWORD, start));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minutes\.$/);

    const almostOver = new Date(start.getTime() + windowMinutes * 60_000 - 1000);
    expect((await refusal(attempt(TEST_PASSWORD, almostOver))).code).toBe("TOO_MANY_REQUESTS");
    const afterWindow = new Date(start.getTime() + windowMinutes * 60_000 + 1000);
    await expect(attempt(TEST_PASSWORD, afterWindow)).resolves.toMatchObject({ id: user.id });
  });

  it("after too many failures from one IP refuses that IP, whatever the email", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const ip = uniqueIp();
    for (let i = 0; i < env().SIGN_IN_MAX_FAILURES; i++)
      await refusal(authenticateWithPassword(db, { email: uniqueEmail("guess"), password: "guessing", ip }));

    const fromThatIp = await refusal(authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip }));
    expect(fromThatIp.code).toBe("TOO_MANY_REQUESTS");
    // The same person from another address is not held back.
    const elsewhere = await authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip: uniqueIp() });
    expect(elsewhere.id).toBe(user.id);
  });

  it("does not count successful sign-ins as failures", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const ip = uniqueIp();
    for (let i = 0; i < env().SIGN_IN_MAX_FAILURES + 1; i++)
      await authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip });
    const signedIn = await authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip });
    expect(signedIn.id).toBe(user.id);
  });
});
