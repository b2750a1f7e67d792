import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { authTokens, jobs, outbox, rateLimits, sessions, type OutboxStatus } from "@/db/schema";
import { createUser, uniqueEmail } from "@/db/seed/factories";
import { REMOVED_LINK } from "@/server/email/credential-links";
import { runOutboxOnce, type MailTransport } from "@/server/email/worker";
import { runDueJobs } from "@/server/jobs/queue";
import { PURGE_INTERVAL_MS, purgeEphemeralRows, purgeHandlers, schedulePurge } from "@/server/jobs/purge";
import { testDb } from "./db";

/**
 * Every test works at its own moment in the distant past (before any other
 * test's rows): the purge and the workers only touch what is older than "now",
 * so they never reach rows of tests running at the same time on the same database.
 * A random start keeps a run clear of the rows an earlier run left in a kept database.
 */
let nextEpoch = Date.UTC(1980, 0, 1) - Math.floor(Math.random() * 20_000) * 24 * 3_600_000;
function pastMoment(): Date {
  nextEpoch -= 90 * 24 * 3_600_000;
  return new Date(nextEpoch);
}
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (now: Date, offsetMs: number) => new Date(now.getTime() + offsetMs);

const signInLink = () => `http://localhost:3000/sign-in/link?token=${randomUUID()}`;

async function queueEmail(
  db: Db,
  fields: { kind: string; textBody: string; createdAt: Date; status?: OutboxStatus; sentAt?: Date },
) {
  const [row] = await db
    .insert(outbox)
    .values({ toAddress: uniqueEmail("purge"), subject: "A message", nextAttemptAt: fields.createdAt, ...fields })
    .returning();
  return row!;
}

async function emailRow(db: Db, id: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

const delivered: { text: string }[] = [];
const recording: MailTransport = {
  async send(message) {
    delivered.push({ text: message.text });
  },
};
const refusing: MailTransport = {
  async send() {
    throw new Error("550 mailbox unavailable");
  },
};

describe("the outbox keeps no usable link once an email has left", () => {
  it("blanks the sign-in link of a sent email, after the recipient got it, and keeps a reminder's plain links", async () => {
    const db = await testDb();
    const now = pastMoment();
    const link = signInLink();
    const signIn = await queueEmail(db, { kind: "magic_link", textBody: `Sign in:\n\n${link}\n\nBye`, createdAt: now });
    const reminder = await queueEmail(db, {
      kind: "meeting_reminder",
      textBody: "Your plan: http://localhost:3000/interviews/abc",
      createdAt: now,
    });

    expect((await runOutboxOnce(db, recording, { now })).sent).toBeGreaterThanOrEqual(2);

    expect(delivered.map((d) => d.text)).toContain(`Sign in:\n\n${link}\n\nBye`);
    expect(await emailRow(db, signIn.id)).toMatchObject({ status: "sent", textBody: `Sign in:\n\n${REMOVED_LINK}\n\nBye` });
    expect((await emailRow(db, reminder.id))?.textBody).toBe("Your plan: http://localhost:3000/interviews/abc");
  });

  it("keeps the link while a send is retried, and blanks it when the worker gives up", async () => {
    const db = await testDb();
    const now = pastMoment();
    const link = signInLink();
    const invitation = await queueEmail(db, { kind: "plan_invitation", textBody: `Join: ${link}`, createdAt: now });

    await runOutboxOnce(db, refusing, { now, maxAttempts: 2 });
    expect(await emailRow(db, invitation.id)).toMatchObject({ status: "pending", textBody: `Join: ${link}` });

    await runOutboxOnce(db, refusing, { now: at(now, HOUR), maxAttempts: 2 });
    expect(await emailRow(db, invitation.id)).toMatchObject({ status: "failed", textBody: `Join: ${REMOVED_LINK}` });
  });
});

describe("purging ephemeral rows", () => {
  it("deletes spent sign-in tokens, ended sessions and finished rate-limit windows, and keeps live ones", async () => {
    const db = await testDb();
    const now = pastMoment();
    const user = await createUser(db);
    const token = (fields: { expiresAt: Date; usedAt?: Date }) => ({
      purpose: "magic_link" as const,
      tokenHash: randomUUID(),
      userId: user.id,
      createdAt: at(fields.expiresAt, -HOUR),
      ...fields,
    });
    const tokens = await db
      .insert(authTokens)
      .values([
        token({ expiresAt: at(now, -2 * DAY) }), // expired two days ago: gone
        token({ expiresAt: at(now, -HOUR) }), // expired an hour ago: kept a day, so its link still says "expired"
        token({ expiresAt: at(now, HOUR), usedAt: at(now, -2 * DAY) }), // used two days ago: gone
        token({ expiresAt: at(now, HOUR) }), // live: kept
      ])
      .returning({ id: authTokens.id });
    const session = (fields: { expires: Date; lastSeenAt: Date }) => ({ sessionToken: randomUUID(), userId: user.id, ...fields });
    const sessionRows = await db
      .insert(sessions)
      .values([
        session({ expires: at(now, -1000), lastSeenAt: at(now, -HOUR) }), // expired: gone
        session({ expires: at(now, 20 * DAY), lastSeenAt: at(now, -8 * DAY) }), // idle past SESSION_IDLE_DAYS (7): gone
        session({ expires: at(now, 20 * DAY), lastSeenAt: at(now, -6 * DAY) }), // idle, not for long enough: kept
      ])
      .returning({ id: sessions.sessionToken });
    const windowKey = () => `purge-test:${randomUUID()}`;
    const windows = await db
      .insert(rateLimits)
      .values([
        { key: windowKey(), count: 3, windowStartedAt: at(now, -DAY - HOUR) }, // longer ago than any window: gone
        { key: windowKey(), count: 3, windowStartedAt: at(now, -HOUR) }, // a day-long window still running: kept
      ])
      .returning({ key: rateLimits.key });

    const counts = await purgeEphemeralRows(db, now);

    const left = {
      tokens: (await db.select({ id: authTokens.id }).from(authTokens).where(inArray(authTokens.id, tokens.map((t) => t.id)))).map((t) => t.id),
      sessions: (
        await db.select({ id: sessions.sessionToken }).from(sessions).where(inArray(sessions.sessionToken, sessionRows.map((s) => s.id)))
      ).map((s) => s.id),
      windows: (await db.select({ key: rateLimits.key }).from(rateLimits).where(inArray(rateLimits.key, windows.map((w) => w.key)))).map((w) => w.key),
    };
    expect(left.tokens.sort()).toEqual([tokens[1]!.id, tokens[3]!.id].sort());
    expect(left.sessions).toEqual([sessionRows[2]!.id]);
    expect(left.windows).toEqual([windows[1]!.key]);
    // The counts include rows older still that an earlier run left in a kept database.
    expect([counts.authTokens, counts.sessions, counts.rateLimits].map((n, i) => n >= [2, 2, 1][i]!)).toEqual([true, true, true]);
  });

  it("gives up on a sign-in email still unsent once its link has expired, blanks old sent ones, and deletes month-old sent rows", async () => {
    const db = await testDb();
    const now = pastMoment();
    const link = signInLink();
    // The longest link lifetime is the 7-day invitation (INVITATION_TTL_HOURS=168).
    const stuck = await queueEmail(db, { kind: "password_reset", textBody: `Reset: ${link}`, createdAt: at(now, -8 * DAY) });
    const recent = await queueEmail(db, { kind: "password_reset", textBody: `Reset: ${link}`, createdAt: at(now, -HOUR) });
    const stuckUpdate = await queueEmail(db, { kind: "plan_rescheduled", textBody: "http://localhost:3000/interviews/x", createdAt: at(now, -8 * DAY) });
    // Sent before links were blanked on sending.
    const sentWithLink = await queueEmail(db, {
      kind: "org_invitation",
      textBody: `Accept: ${link}`,
      createdAt: at(now, -DAY),
      status: "sent",
      sentAt: at(now, -DAY),
    });
    const monthOld = await queueEmail(db, { kind: "plan_cancelled", textBody: "Cancelled.", createdAt: at(now, -31 * DAY), status: "sent", sentAt: at(now, -31 * DAY) });

    await purgeEphemeralRows(db, now);

    expect(await emailRow(db, stuck.id)).toMatchObject({
      status: "failed",
      textBody: `Reset: ${REMOVED_LINK}`,
      lastError: "its link expired before it could be sent",
    });
    expect(await emailRow(db, recent.id)).toMatchObject({ status: "pending", textBody: `Reset: ${link}` });
    expect(await emailRow(db, stuckUpdate.id)).toMatchObject({ status: "pending", textBody: "http://localhost:3000/interviews/x" });
    expect(await emailRow(db, sentWithLink.id)).toMatchObject({ status: "sent", textBody: `Accept: ${REMOVED_LINK}` });
    expect(await emailRow(db, monthOld.id)).toBeUndefined();
    // The worker does not send what the purge gave up on.
    delivered.length = 0;
    await runOutboxOnce(db, recording, { now });
    expect(delivered.map((d) => d.text)).not.toContain(`Reset: ${REMOVED_LINK}`);
  });

  it("runs as a durable job that schedules its next window once, however many instances schedule it", async () => {
    const db = await testDb();
    const now = pastMoment();
    const windowStart = new Date(Math.floor(now.getTime() / PURGE_INTERVAL_MS) * PURGE_INTERVAL_MS);
    const key = (start: Date) => `purge_ephemeral_rows:${start.toISOString()}`;
    const nextWindow = at(windowStart, PURGE_INTERVAL_MS);
    const purgeJobs = () => db.select().from(jobs).where(inArray(jobs.dedupeKey, [key(windowStart), key(nextWindow)]));

    // Three instances start in the same window: one job.
    await Promise.all([schedulePurge(db, now), schedulePurge(db, now), schedulePurge(db, at(now, 1))]);
    expect(await purgeJobs()).toMatchObject([{ dedupeKey: key(windowStart), status: "pending" }]);

    const user = await createUser(db);
    const [expired] = await db
      .insert(authTokens)
      .values({ purpose: "magic_link", tokenHash: randomUUID(), userId: user.id, expiresAt: at(now, -2 * DAY) })
      .returning();
    expect((await runDueJobs(db, purgeHandlers, { now })).failed).toBe(0);
    expect(await db.select().from(authTokens).where(eq(authTokens.id, expired!.id))).toEqual([]);

    // An instance restarting in the same window schedules nothing new; the next window's run is waiting.
    await schedulePurge(db, at(now, 1000));
    const after = await purgeJobs();
    expect(after.map((j) => [j.dedupeKey, j.status]).sort()).toEqual(
      [
        [key(windowStart), "done"],
        [key(nextWindow), "pending"],
      ].sort(),
    );
    expect(after.find((j) => j.dedupeKey === key(nextWindow))?.runAt).toEqual(nextWindow);
    // Not due before that window.
    await runDueJobs(db, purgeHandlers, { now: at(nextWindow, -1) });
    expect((await purgeJobs()).find((j) => j.dedupeKey === key(nextWindow))?.status).toBe("pending");
  });
});
