import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authTokens, jobs, outbox, rateLimits, sessions } from "@/db/schema";
import { bodyWithoutCredentialLinks, credentialLinkKinds } from "@/server/email/credential-links";
import { env } from "@/server/env";
import { scheduleJob, type JobHandler } from "./queue";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Runs once per hour-long window; the dedupe key names the window, so every instance schedules the same job. */
export const PURGE_INTERVAL_MS = HOUR;
/** A used or expired link keeps its row a day, so following it still says "expired" or "used" rather than "unknown". */
const SPENT_TOKEN_GRACE_MS = DAY;
/** Every rate-limit window is at most a day (the longest: email quotas and SIGN_IN_WINDOW_MINUTES' maximum). */
export const LONGEST_RATE_LIMIT_WINDOW_MS = DAY;
/** How long a sent or failed email's row stays, for support questions ("was it sent?"). */
const OUTBOX_RETENTION_MS = 30 * DAY;
const FINISHED_PURGE_RETENTION_MS = 7 * DAY;

/** No emailed link lives longer than this, whatever its kind. */
function longestLinkLifetimeMs(): number {
  const e = env();
  return Math.max(
    e.MAGIC_LINK_TTL_MINUTES * 60_000,
    e.PASSWORD_RESET_TTL_MINUTES * 60_000,
    e.LINK_SIGN_IN_MINUTES * 60_000,
    e.EMAIL_VERIFICATION_TTL_HOURS * HOUR,
    e.INVITATION_TTL_HOURS * HOUR,
  );
}

export async function schedulePurge(db: Db, now = new Date()): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / PURGE_INTERVAL_MS) * PURGE_INTERVAL_MS);
  await scheduleJob(db, {
    kind: "purge_ephemeral_rows",
    dedupeKey: `purge_ephemeral_rows:${windowStart.toISOString()}`,
    runAt: windowStart,
    payload: {},
  });
}

export interface PurgeCounts {
  authTokens: number;
  sessions: number;
  rateLimits: number;
  emailsExpiredUnsent: number;
  emailsBlanked: number;
  emailsDeleted: number;
}

/** Deletes what has stopped meaning anything, and strips live links from emails that no longer need them. */
export async function purgeEphemeralRows(db: Db, now = new Date()): Promise<PurgeCounts> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const spent = ago(SPENT_TOKEN_GRACE_MS);
  const deletedTokens = await db
    .delete(authTokens)
    .where(or(lt(authTokens.expiresAt, spent), lt(authTokens.usedAt, spent)))
    .returning({ id: authTokens.id });
  const deletedSessions = await db
    .delete(sessions)
    .where(or(lt(sessions.expires, now), lt(sessions.lastSeenAt, ago(env().SESSION_IDLE_DAYS * DAY))))
    .returning({ id: sessions.sessionToken });
  const deletedWindows = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStartedAt, ago(LONGEST_RATE_LIMIT_WINDOW_MS)))
    .returning({ key: rateLimits.key });

  // Still unsent once every link it could carry has expired (the mail server was down for days): it never will be.
  const expiredUnsent = await db
    .update(outbox)
    .set({
      status: "failed",
      lockedUntil: null,
      lastError: "its link expired before it could be sent",
      textBody: bodyWithoutCredentialLinks(),
    })
    .where(
      and(
        inArray(outbox.status, ["pending", "sending"]),
        inArray(outbox.kind, credentialLinkKinds),
        lt(outbox.createdAt, ago(longestLinkLifetimeMs())),
      ),
    )
    .returning({ id: outbox.id });
  // Sent or failed before links were blanked on sending: blank them now.
  const blanked = await db
    .update(outbox)
    .set({ textBody: bodyWithoutCredentialLinks() })
    .where(
      and(
        inArray(outbox.status, ["sent", "failed"]),
        inArray(outbox.kind, credentialLinkKinds),
        sql`${outbox.textBody} ~ 'https?://'`,
        lt(outbox.createdAt, now),
      ),
    )
    .returning({ id: outbox.id });
  const deletedEmails = await db
    .delete(outbox)
    .where(and(inArray(outbox.status, ["sent", "failed"]), lt(outbox.createdAt, ago(OUTBOX_RETENTION_MS))))
    .returning({ id: outbox.id });

  await db
    .delete(jobs)
    .where(
      and(
        eq(jobs.kind, "purge_ephemeral_rows"),
        inArray(jobs.status, ["done", "failed"]),
        lt(jobs.runAt, ago(FINISHED_PURGE_RETENTION_MS)),
      ),
    );
  return {
    authTokens: deletedTokens.length,
    sessions: deletedSessions.length,
    rateLimits: deletedWindows.length,
    emailsExpiredUnsent: expiredUnsent.length,
    emailsBlanked: blanked.length,
    emailsDeleted: deletedEmails.length,
  };
}

/** Purges, then schedules the next window's run: one chain, whichever instance runs it. */
const purgeEphemeral: JobHandler = async (db, _payload, now) => {
  await purgeEphemeralRows(db, now);
  await schedulePurge(db, new Date(now.getTime() + PURGE_INTERVAL_MS));
  return "done";
};

export const purgeHandlers = { purge_ephemeral_rows: purgeEphemeral };
