import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import * as password from "@/server/auth/password";
import { throttle } from "@/server/domain/rate-limit";
import { env } from "@/server/env";
import { testDb } from "../db";
import { inviteWithToken, passwordResetToken } from "../fixtures";
import { newOrg } from "../plan-api";
import { failureOf, outcomeOf } from "../trpc-errors";
import { callerFor, type Caller, createTestUser, TEST_PASSWORD, uniqueIp } from "../users";

/**
 * The throttles of the unauthenticated ways in, through the router as a
 * browser reaches them: the (N+1)th attempt from one address is refused with
 * the app's message, another address is not held back, and however many
 * attempts race, no more than the limit get an answer.
 */

/** A token of the right shape that was never issued. */
const bogusToken = () => randomBytes(32).toString("base64url");
const NEW_PASSWORD = "a completely new password";
const retry = "Try again in (a minute|\\d+ minutes)\\.";

interface LinkThrottle {
  procedure: string;
  /** One attempt with a link that does not work: answered BAD_REQUEST unless throttled. */
  attempt: (caller: Caller) => Promise<unknown>;
  refusal: RegExp;
}

const linkThrottles: LinkThrottle[] = [
  {
    procedure: "join.accept",
    attempt: (caller) => caller.join.accept({ token: bogusToken() }),
    refusal: new RegExp(`^Too many invitation links tried\\. ${retry}$`),
  },
  {
    procedure: "invitation.accept",
    attempt: (caller) => caller.invitation.accept({ token: bogusToken(), name: "Guess Work", password: NEW_PASSWORD }),
    refusal: new RegExp(`^Too many invitation links tried\\. ${retry}$`),
  },
  {
    procedure: "auth.resetPassword",
    attempt: (caller) => caller.auth.resetPassword({ token: bogusToken(), password: NEW_PASSWORD }),
    refusal: new RegExp(`^Too many password reset attempts\\. ${retry}$`),
  },
];

describe.each(linkThrottles)("$procedure throttle (per address only: its input carries no email)", ({ attempt, refusal }) => {
  it("of limit + 30 concurrent attempts from one address, exactly the limit are answered; the next is refused with the app's message; another address is answered", async () => {
    const db = await testDb();
    const ip = uniqueIp();
    // A caller per attempt, as separate requests from one client address are.
    const caller = () => callerFor(db, null, { ip });
    const limit = env().SIGN_IN_MAX_FAILURES_PER_IP;

    const outcomes = await Promise.all(Array.from({ length: limit + 30 }, () => outcomeOf(attempt(caller()))));

    expect(outcomes.filter((o) => o === "BAD_REQUEST")).toHaveLength(limit);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS")).toHaveLength(30);
    const next = await failureOf(attempt(caller()));
    expect(next.code).toBe("TOO_MANY_REQUESTS");
    expect(next.message).toMatch(refusal);
    expect(await outcomeOf(attempt(callerFor(db, null, { ip: uniqueIp() })))).toBe("BAD_REQUEST");
  });
});

function signUpInput(email = uniqueEmail("signup")) {
  return { name: "Ada Lovelace", email, password: TEST_PASSWORD, organisationName: `Engines ${randomUUID()}` };
}

describe("auth.signUp throttle", () => {
  const refusal = new RegExp(`^Too many sign-ups\\. ${retry}$`);

  it("per email: of 30 concurrent sign-ups for one address, each from its own client address, 5 get through and one account exists", async () => {
    const db = await testDb();
    const email = uniqueEmail("popular");
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () => outcomeOf(callerFor(db, null, { ip: uniqueIp() }).auth.signUp(signUpInput(email)))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS")).toHaveLength(25);
    const refused = await failureOf(callerFor(db, null, { ip: uniqueIp() }).auth.signUp(signUpInput(email)));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(refusal);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, email))).toHaveLength(1);
    // Another email is not held back by this one's count.
    expect(await outcomeOf(callerFor(db, null, { ip: uniqueIp() }).auth.signUp(signUpInput()))).toBe("ok");
  });

  it("per address: once EMAIL_REQUESTS_PER_IP are used, 30 concurrent sign-ups from it for different emails get only what is left; the next is refused; another address signs up", async () => {
    const db = await testDb();
    const ip = uniqueIp();
    const limit = env().EMAIL_REQUESTS_PER_IP;
    // Every sign-up that gets through hashes a password (~0.3 s): all but 3 of the address's slots are taken directly.
    for (let i = 0; i < limit - 3; i++) await throttle(db, "sign-up", { ip });

    const outcomes = await Promise.all(Array.from({ length: 30 }, () => outcomeOf(callerFor(db, null, { ip }).auth.signUp(signUpInput()))));

    expect(outcomes.filter((o) => o === "ok")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS")).toHaveLength(27);
    const refused = await failureOf(callerFor(db, null, { ip }).auth.signUp(signUpInput()));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(refusal);
    expect(await outcomeOf(callerFor(db, null, { ip: uniqueIp() }).auth.signUp(signUpInput()))).toBe("ok");
  });
});

/**
 * "Look the token up before hashing": the calls that reach scrypt are
 * counted through the password module's exports, which is how the domain
 * modules call them. Each test first shows that the counter sees a real
 * hash, so a count of nothing means nothing was hashed.
 */
describe("a bogus link token never reaches scrypt", () => {
  afterEach(() => vi.restoreAllMocks());
  const scryptCalls = () => [vi.spyOn(password, "hashPassword"), vi.spyOn(password, "verifyPassword")];
  const total = (spies: { mock: { calls: unknown[] } }[]) => spies.reduce((n, s) => n + s.mock.calls.length, 0);

  it("30 concurrent resets with bogus tokens hash no password; a real reset hashes one", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const token = await passwordResetToken(db, user.email);
    const spies = scryptCalls();

    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () => outcomeOf(callerFor(db, null).auth.resetPassword({ token: bogusToken(), password: NEW_PASSWORD }))),
    );
    expect(outcomes).toEqual(Array(30).fill("BAD_REQUEST"));
    expect(total(spies)).toBe(0);

    await callerFor(db, null).auth.resetPassword({ token, password: NEW_PASSWORD });
    expect(total(spies)).toBe(1);
  });

  it("30 concurrent invitation acceptances with bogus tokens and a password hash nothing; a real one for a new address hashes one", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const { token } = await inviteWithToken(db, { orgId: org.id, inviterId: admin.user.id });
    const spies = scryptCalls();

    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        outcomeOf(callerFor(db, null).invitation.accept({ token: bogusToken(), name: "Guess Work", password: NEW_PASSWORD })),
      ),
    );
    expect(outcomes).toEqual(Array(30).fill("BAD_REQUEST"));
    expect(total(spies)).toBe(0);

    await callerFor(db, null).invitation.accept({ token, name: "New Colleague", password: NEW_PASSWORD });
    expect(total(spies)).toBe(1);
  });
});
