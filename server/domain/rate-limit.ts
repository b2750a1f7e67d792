import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "@/server/env";
import { AppError } from "./errors";

/**
 * Fixed-window counters kept in the database, so the limit holds across every
 * app instance. `now` is a parameter so tests can move time.
 */
export interface RateLimitPolicy {
  limit: number;
  windowMs: number;
}

export interface SlotAnswer {
  allowed: boolean;
  retryAfterSeconds: number;
  /** The window the slot was taken in: giving it back only counts in that same window. */
  windowStartedAt: Date;
}

function secondsUntilWindowEnds(windowStartedAt: Date, policy: RateLimitPolicy, now: Date): number {
  return Math.max(0, Math.ceil((windowStartedAt.getTime() + policy.windowMs - now.getTime()) / 1000));
}

/**
 * Takes one of the window's `limit` slots for an action about to happen, in
 * one statement: the increment is conditional (a full window is not
 * touched), so however many requests race, at most `limit` are allowed.
 * A refused request costs nothing and extends nothing.
 */
export async function takeSlot(db: Db, key: string, policy: RateLimitPolicy, now = new Date()): Promise<SlotAnswer> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz`;
  const [taken] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
      setWhere: sql`${expired} or ${rateLimits.count} < ${policy.limit}`,
    })
    .returning({ windowStartedAt: rateLimits.windowStartedAt });
  if (taken)
    return {
      allowed: true,
      retryAfterSeconds: secondsUntilWindowEnds(taken.windowStartedAt, policy, now),
      windowStartedAt: taken.windowStartedAt,
    };
  const [full] = await db
    .select({ windowStartedAt: rateLimits.windowStartedAt })
    .from(rateLimits)
    .where(eq(rateLimits.key, key));
  const windowStartedAt = full?.windowStartedAt ?? now;
  return { allowed: false, retryAfterSeconds: secondsUntilWindowEnds(windowStartedAt, policy, now), windowStartedAt };
}

/** Returns a slot taken for an outcome that must not count (a successful sign-in); a new window is left alone. */
export async function giveBackSlot(db: Db, key: string, windowStartedAt: Date): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStartedAt, windowStartedAt), gt(rateLimits.count, 0)));
}

export function describeRetry(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}

/** The unauthenticated actions that are throttled, each with its own counters. */
export type ThrottledAction =
  | "sign-in"
  | "sign-up"
  | "magic-link"
  | "password-reset"
  | "verify-email"
  | "reset-password"
  | "join"
  | "invitation";

interface ThrottlePolicies {
  /** Absent for actions whose input names no email (a link token is all they carry). */
  perEmail?: RateLimitPolicy;
  perAddress: RateLimitPolicy;
  /** What the person is told, before "Try again in N minutes." */
  refusal: string;
}

const HOUR = 60 * 60_000;

/**
 * Per email, the limit protects one account or one inbox; per client
 * address, it stops credential stuffing and floods. The per-address limit is
 * much higher, so one colleague's typos on a shared office address do not
 * lock everyone else there out.
 */
function policiesFor(action: ThrottledAction): ThrottlePolicies {
  const e = env();
  const signInWindowMs = e.SIGN_IN_WINDOW_MINUTES * 60_000;
  // A link token in a request is a credential guess like a password: the same per-address ceiling.
  const credentialGuesses = { limit: e.SIGN_IN_MAX_FAILURES_PER_IP, windowMs: signInWindowMs };
  // Each of these sends an email or hashes a password: a few per address, a few per hour per inbox.
  const perInbox = { limit: 5, windowMs: HOUR };
  const perAddressEmails = { limit: e.EMAIL_REQUESTS_PER_IP, windowMs: HOUR };
  switch (action) {
    case "sign-in":
      return {
        perEmail: { limit: e.SIGN_IN_MAX_FAILURES, windowMs: signInWindowMs },
        perAddress: credentialGuesses,
        refusal: "Too many failed sign-in attempts.",
      };
    case "sign-up":
      return { perEmail: perInbox, perAddress: perAddressEmails, refusal: "Too many sign-ups." };
    case "magic-link":
    case "password-reset":
    case "verify-email":
      return { perEmail: perInbox, perAddress: perAddressEmails, refusal: "Too many requests." };
    case "reset-password":
      return { perAddress: credentialGuesses, refusal: "Too many password reset attempts." };
    case "join":
    case "invitation":
      return { perAddress: credentialGuesses, refusal: "Too many invitation links tried." };
  }
}

/** Who a request is for and where it comes from; each part known gets a counter of its own. */
export interface ThrottleSubject {
  email?: string;
  ip: string;
}

export interface Throttle {
  /** Gives the slots back, for an outcome that must not count against anyone (a successful sign-in). */
  giveBack(): Promise<void>;
}

/**
 * The counters of one request. The address always counts: a client whose
 * address cannot be learned shares one bucket (server/http/client-address.ts)
 * rather than escaping the limit.
 */
function countersFor(action: ThrottledAction, who: ThrottleSubject) {
  const policies = policiesFor(action);
  const counters: { key: string; policy: RateLimitPolicy }[] = [];
  if (who.email && policies.perEmail) counters.push({ key: `${action}:email:${who.email}`, policy: policies.perEmail });
  counters.push({ key: `${action}:ip:${who.ip}`, policy: policies.perAddress });
  return { counters, refusal: policies.refusal };
}

/**
 * Takes a slot on each counter BEFORE the work it guards (a password hash,
 * an email), so concurrent requests cannot all pass a check that reads the
 * count first. Refused: throws TOO_MANY_REQUESTS, and the counters already
 * taken get their slot back, so a full per-email counter does not use up the
 * address's.
 */
export async function throttle(
  db: Db,
  action: ThrottledAction,
  who: ThrottleSubject,
  now = new Date(),
): Promise<Throttle> {
  const { counters, refusal } = countersFor(action, who);
  const taken: { key: string; windowStartedAt: Date }[] = [];
  const giveBack = async () => {
    for (const slot of taken) await giveBackSlot(db, slot.key, slot.windowStartedAt);
  };
  for (const { key, policy } of counters) {
    const answer = await takeSlot(db, key, policy, now);
    if (!answer.allowed) {
      await giveBack();
      throw new AppError("TOO_MANY_REQUESTS", `${refusal} Try again ${describeRetry(answer.retryAfterSeconds)}.`);
    }
    taken.push({ key, windowStartedAt: answer.windowStartedAt });
  }
  return { giveBack };
}
