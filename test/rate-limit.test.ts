import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { clearRateLimit, countAttempt, describeRetry, rateLimitStatus } from "@/server/domain/rate-limit";
import { testDb } from "./db";

const policy = { limit: 3, windowMs: 10 * 60_000 };
const uniqueKey = () => `test:${randomUUID()}`;

describe("rate limit", () => {
  it("an unknown key is not limited", async () => {
    const db = await testDb();
    expect(await rateLimitStatus(db, uniqueKey(), policy)).toEqual({ limited: false, retryAfterSeconds: 0 });
  });

  it("is reached at the limit-th attempt and reports when to retry", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const start = new Date("2030-01-01T12:00:00Z");
    const statuses = [];
    for (let i = 0; i < policy.limit; i++) statuses.push((await countAttempt(db, key, policy, start)).limited);
    expect(statuses).toEqual([false, false, true]);

    const fourMinutesLater = new Date(start.getTime() + 4 * 60_000);
    expect(await rateLimitStatus(db, key, policy, fourMinutesLater)).toEqual({ limited: true, retryAfterSeconds: 6 * 60 });
  });

  it("starts a new window once the old one has passed", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const start = new Date("2030-01-01T12:00:00Z");
    for (let i = 0; i < policy.limit; i++) await countAttempt(db, key, policy, start);

    const windowEnd = new Date(start.getTime() + policy.windowMs);
    expect((await rateLimitStatus(db, key, policy, new Date(windowEnd.getTime() - 1))).limited).toBe(true);
    expect((await rateLimitStatus(db, key, policy, windowEnd)).limited).toBe(false);

    const fresh = await countAttempt(db, key, policy, windowEnd);
    expect(fresh).toEqual({ limited: false, retryAfterSeconds: policy.windowMs / 1000 });
    const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
    expect(row).toMatchObject({ count: 1, windowStartedAt: windowEnd });
  });

  it("counts 20 concurrent attempts as exactly 20", async () => {
    const db = await testDb();
    const key = uniqueKey();
    const many = { limit: 100, windowMs: 60_000 };
    await Promise.all(Array.from({ length: 20 }, () => countAttempt(db, key, many)));
    const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
    expect(row?.count).toBe(20);
  });

  it("can be cleared", async () => {
    const db = await testDb();
    const key = uniqueKey();
    for (let i = 0; i < policy.limit; i++) await countAttempt(db, key, policy);
    await clearRateLimit(db, key);
    expect((await rateLimitStatus(db, key, policy)).limited).toBe(false);
  });

  it("describes the wait in whole minutes", () => {
    expect(describeRetry(30)).toBe("in a minute");
    expect(describeRetry(60)).toBe("in a minute");
    expect(describeRetry(61)).toBe("in 2 minutes");
    expect(describeRetry(15 * 60)).toBe("in 15 minutes");
  });
});
