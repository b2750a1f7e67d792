import { randomBytes, scryptSync } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createUser, uniqueEmail } from "@/db/seed/factories";
import { verifyPassword } from "@/server/auth/password";
import { authenticateWithPassword, BAD_CREDENTIALS_MESSAGE } from "@/server/domain/accounts";
import { AppError } from "@/server/domain/errors";
import { throttle } from "@/server/domain/rate-limit";
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

  it("30 concurrent wrong passwords for one email get exactly SIGN_IN_MAX_FAILURES 'wrong password' answers", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const ip = uniqueIp();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => refusal(authenticateWithPassword(db, { email: user.email, password: "a wrong guess", ip }))),
    );
    const codes = answers.map((a) => a.code);
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(env().SIGN_IN_MAX_FAILURES);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(30 - env().SIGN_IN_MAX_FAILURES);
    // The owner is held back too until the window passes: the guesses used up the email's attempts.
    expect((await refusal(authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip: uniqueIp() }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
  });

  it("one colleague's failures on a shared address lock only their own email; the address has a far higher ceiling", async () => {
    const db = await testDb();
    const [typist, colleague] = [await createTestUser(db), await createTestUser(db)];
    const office = uniqueIp();
    const { SIGN_IN_MAX_FAILURES: perEmail, SIGN_IN_MAX_FAILURES_PER_IP: perAddress } = env();
    expect(perAddress).toBeGreaterThanOrEqual(20 * perEmail);
    for (let i = 0; i < perEmail; i++)
      await refusal(authenticateWithPassword(db, { email: typist.email, password: "a typo", ip: office }));
    expect((await refusal(authenticateWithPassword(db, { email: typist.email, password: TEST_PASSWORD, ip: office }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );

    const signedIn = await authenticateWithPassword(db, { email: colleague.email, password: TEST_PASSWORD, ip: office });
    expect(signedIn.id).toBe(colleague.id);

    // Credential stuffing from the address: once its own ceiling is reached, every email is refused there.
    for (let used = perEmail; used < perAddress; used++) await throttle(db, "sign-in", { email: uniqueEmail("stuffed"), ip: office });
    expect((await refusal(authenticateWithPassword(db, { email: colleague.email, password: TEST_PASSWORD, ip: office }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    const elsewhere = await authenticateWithPassword(db, { email: colleague.email, password: TEST_PASSWORD, ip: uniqueIp() });
    expect(elsewhere.id).toBe(colleague.id);
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

describe("password hashes", () => {
  /** A hash in the stored format made with the cheaper parameters of earlier versions (N=2^14). */
  function legacyHash(password: string): string {
    const salt = randomBytes(16);
    const key = scryptSync(password.normalize("NFKC"), salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    return ["scrypt", 2 ** 14, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
  }
  const storedHash = async (userId: string) =>
    (await (await testDb()).select({ h: users.passwordHash }).from(users).where(eq(users.id, userId)))[0]!.h!;

  it("new hashes use scrypt at N=2^17, r=8, p=1", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    expect(await storedHash(user.id)).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it("an older hash is upgraded on the next successful sign-in, and the password keeps working", async () => {
    const db = await testDb();
    const old = legacyHash(TEST_PASSWORD);
    const user = await createUser(db, { passwordHash: old });

    await refusal(authenticateWithPassword(db, { email: user.email, password: "not the password", ip: uniqueIp() }));
    expect(await storedHash(user.id)).toBe(old);

    await authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip: uniqueIp() });
    const upgraded = await storedHash(user.id);
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(TEST_PASSWORD, upgraded)).toBe(true);
    await expect(authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).resolves.toMatchObject({
      id: user.id,
    });
  });
});
