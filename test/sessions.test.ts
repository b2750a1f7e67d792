import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { createSession, findActiveSession } from "@/server/auth/sessions";
import { env } from "@/server/env";
import { testDb } from "./db";
import { createTestUser } from "./users";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function lastSeenAt(sessionToken: string) {
  const db = await testDb();
  const [row] = await db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.sessionToken, sessionToken));
  return row?.lastSeenAt;
}

/** A fresh user's session, started at `start`. */
async function sessionStartedAt(start: Date) {
  const db = await testDb();
  const user = await createTestUser(db);
  return { db, user, token: await createSession(db, user.id, start) };
}

describe("sessions", () => {
  it("are idle after SESSION_IDLE_DAYS without a request, and stay alive while used", async () => {
    const idleDays = env().SESSION_IDLE_DAYS;
    const start = new Date();
    const { db, user, token } = await sessionStartedAt(start);

    const nearlyIdle = later(start, idleDays * DAY - HOUR);
    expect(await findActiveSession(db, token, nearlyIdle)).toEqual({
      sessionToken: token,
      user: { id: user.id, name: user.name, email: user.email },
      emailVerified: true,
      notificationEmails: true,
      memberships: [],
    });
    // That request counted as activity: the idle clock starts again from it.
    expect(await findActiveSession(db, token, later(nearlyIdle, idleDays * DAY - HOUR))).not.toBeNull();

    const { token: unused } = await sessionStartedAt(start);
    expect(await findActiveSession(db, unused, later(start, idleDays * DAY + 1000))).toBeNull();
  });

  it("end after SESSION_MAX_AGE_DAYS however active they are", async () => {
    const { SESSION_MAX_AGE_DAYS: maxDays, SESSION_IDLE_DAYS: idleDays } = env();
    const start = new Date();
    const { db, token } = await sessionStartedAt(start);
    let now = start;
    while (now.getTime() + idleDays * DAY < start.getTime() + maxDays * DAY) {
      now = later(now, (idleDays - 1) * DAY);
      expect(await findActiveSession(db, token, now)).not.toBeNull();
    }
    expect(await findActiveSession(db, token, later(start, maxDays * DAY - 1000))).not.toBeNull();
    expect(await findActiveSession(db, token, later(start, maxDays * DAY + 1000))).toBeNull();
  });

  it("record activity at most once an hour, so most requests only read", async () => {
    const start = new Date();
    const { db, token } = await sessionStartedAt(start);
    const expectedStart = await lastSeenAt(token);

    await findActiveSession(db, token, later(start, 30 * 60_000));
    await findActiveSession(db, token, later(start, 59 * 60_000));
    expect(await lastSeenAt(token)).toEqual(expectedStart);

    const afterAnHour = later(start, HOUR + 1000);
    await findActiveSession(db, token, afterAnHour);
    expect(await lastSeenAt(token)).toEqual(afterAnHour);
  });

  it("a session whose row is gone is no session, whatever the cookie says", async () => {
    const { db, token } = await sessionStartedAt(new Date());
    await db.delete(sessions).where(eq(sessions.sessionToken, token));
    expect(await findActiveSession(db, token)).toBeNull();
  });
});
