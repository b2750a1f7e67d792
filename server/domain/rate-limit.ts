import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * Fixed-window counters kept in the database, so the limit holds across every
 * app instance. `now` is a parameter so tests can move time.
 */
export interface RateLimitPolicy {
  limit: number;
  windowMs: number;
}

export interface RateLimitStatus {
  limited: boolean;
  retryAfterSeconds: number;
}

function statusOf(count: number, windowStartedAt: Date, policy: RateLimitPolicy, now: Date): RateLimitStatus {
  const windowEnds = windowStartedAt.getTime() + policy.windowMs;
  if (windowEnds <= now.getTime()) return { limited: false, retryAfterSeconds: 0 };
  return {
    limited: count >= policy.limit,
    retryAfterSeconds: Math.ceil((windowEnds - now.getTime()) / 1000),
  };
}

export async function rateLimitStatus(
  db: Db,
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<RateLimitStatus> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row) return { limited: false, retryAfterSeconds: 0 };
  return statusOf(row.count, row.windowStartedAt, policy, now);
}

/** Counts one attempt atomically (one statement, safe under concurrency) and says whether the limit is now reached. */
export async function countAttempt(
  db: Db,
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<RateLimitStatus> {
  const row = await increment(db, key, policy, now);
  return statusOf(row.count, row.windowStartedAt, policy, now);
}

/**
 * Takes one of the window's `limit` slots for an action about to happen
 * (sending an email): the first `limit` are allowed, the next are refused.
 */
export async function takeSlot(
  db: Db,
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const row = await increment(db, key, policy, now);
  const { retryAfterSeconds } = statusOf(row.count, row.windowStartedAt, policy, now);
  return { allowed: row.count <= policy.limit, retryAfterSeconds };
}

async function increment(db: Db, key: string, policy: RateLimitPolicy, now: Date) {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning();
  return row!;
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

export function describeRetry(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}
