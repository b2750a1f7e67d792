import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { uniqueEmail } from "@/db/seed/factories";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/server/domain/errors";
import { describeRetry, giveBackSlot, takeSlot, throttle } from "@/server/domain/rate-limit";
import { env } from "@/server/env";
import { testDb } from "./db";
import { uniqueIp } from "./users";

const policy = { limit: 3, windowMs: 10 * 60_000 };
const uniqueKey = () => `test:${randomUUID()}`;

async function countOf(key: string) {
  const db = await testDb();
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row?.count;
}

/** "ok", or the code and message of the AppError a throttle refused with. */
async function throttled(attempt: Promise<unknown>) {
  try {
    await attempt;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe("rate limit slots", () => {
  it("allows the first `limit` slots of a window, refuses the next and says when to retry", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const start = new Date("2030-01-01T12:00:00Z");
    const answers = [];
    for (let i = 0; i < policy.limit + 1; i++) answers.push((await takeSlot(db, key, policy, start)).allowed);
    expect(answers).toEqual([true, true, true, false]);

    const fourMinutesLater = new Date(start.getTime() + 4 * 60_000);
    expect(await takeSlot(db, key, policy, fourMinutesLater)).toMatchObject({ allowed: false, retryAfterSeconds: 6 * 60 });
    // Refused requests took nothing: the count stops at the limit.
    expect(await countOf(key)).toBe(policy.limit);
  });

  it("starts a new window once the old one has passed", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const start = new Date("2030-01-01T12:00:00Z");
    for (let i = 0; i < policy.limit; i++) await takeSlot(db, key, policy, start);

    const windowEnd = new Date(start.getTime() + policy.windowMs);
    expect((await takeSlot(db, key, policy, new Date(windowEnd.getTime() - 1))).allowed).toBe(false);
    expect(await takeSlot(db, key, policy, windowEnd)).toMatchObject({
      allowed: true,
      retryAfterSeconds: policy.windowMs / 1000,
      windowStartedAt: windowEnd,
    });
    expect(await countOf(key)).toBe(1);
  });

  it("gives exactly `limit` of 30 concurrent requests a slot", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const five = { limit: 5, windowMs: 60_000 };
    const answers = await Promise.all(Array.from({ length: 30 }, () => takeSlot(db, key, five)));
    expect(answers.filter((a) => a.allowed)).toHaveLength(5);
    expect(await countOf(key)).toBe(5);
  });

  it("a slot given back can be taken again, but only within its own window", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const start = new Date("2030-01-01T12:00:00Z");
    const slots = [];
    for (let i = 0; i < policy.limit; i++) slots.push(await takeSlot(db, key, policy, start));
    await giveBackSlot(db, key, slots[0]!.windowStartedAt);
    expect((await takeSlot(db, key, policy, start)).allowed).toBe(true);
    expect((await takeSlot(db, key, policy, start)).allowed).toBe(false);

    // A slot of the old window returned after a new one began leaves the new count alone.
    const nextWindow = new Date(start.getTime() + policy.windowMs);
    await takeSlot(db, key, policy, nextWindow);
    await giveBackSlot(db, key, start);
    expect(await countOf(key)).toBe(1);
  });

  it("describes the wait in whole minutes", () => {
    expect(describeRetry(30)).toBe("in a minute");
    expect(describeRetry(60)).toBe("in a minute");
    expect(describeRetry(61)).toBe("in 2 minutes");
    expect(describeRetry(15 * 60)).toBe("in 15 minutes");
  });
});

describe("throttle", () => {
  it("refuses past the per-email limit with a clear message, then lets the next window through", async () => {
    const db = await testDb();
    const email = uniqueEmail("throttled");
    const start = new Date();
    for (let i = 0; i < 5; i++) expect(await throttled(throttle(db, "magic-link", { email, ip: uniqueIp() }, start))).toBe("ok");

    expect(await throttled(throttle(db, "magic-link", { email, ip: uniqueIp() }, start))).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "Too many requests. Try again in 60 minutes.",
    });
    const anHourLater = new Date(start.getTime() + 60 * 60_000);
    expect(await throttled(throttle(db, "magic-link", { email, ip: uniqueIp() }, anHourLater))).toBe("ok");
  });

  it("counts per address across emails, and a refusal for one email does not use up the address", async () => {
    const db = await testDb();
    const ip = uniqueIp();
    const { SIGN_IN_MAX_FAILURES: perEmail, SIGN_IN_MAX_FAILURES_PER_IP: perAddress } = env();
    const locked = uniqueEmail("locked");
    // Far more refused attempts for one email than the address allows: none of them count for the address.
    for (let i = 0; i < perEmail + perAddress; i++) await throttled(throttle(db, "sign-in", { email: locked, ip }));
    expect(await throttled(throttle(db, "sign-in", { email: uniqueEmail("colleague"), ip }))).toBe("ok");

    // The address itself has a ceiling, whatever the email: the locked email's first attempts and the colleague's count.
    for (let used = perEmail + 1; used < perAddress; used++) await throttle(db, "sign-in", { email: uniqueEmail("guess"), ip });
    expect(await throttled(throttle(db, "sign-in", { email: uniqueEmail("guess"), ip }))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in \d+ minutes\.$/),
    });
  });

  it("giveBack returns every slot the request took", async () => {
    const db = await testDb();
    const email = uniqueEmail("kind");
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) await (await throttle(db, "sign-in", { email, ip })).giveBack();
    expect(await throttled(throttle(db, "sign-in", { email, ip }))).toBe("ok");
  });
});
