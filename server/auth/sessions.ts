import { randomBytes } from "node:crypto";
import { and, eq, gt, lte, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, sessions, users } from "@/db/schema";
import type { OrgMembership } from "@/server/domain/organisations";
import { env } from "@/server/env";
import { placeholder, preparedPerDb } from "@/server/domain/prepared";

const DAY_MS = 24 * 60 * 60_000;

/**
 * How stale last_seen_at may get: fine enough for an idle timeout counted in
 * days, coarse enough that nearly every request only reads its session.
 */
const ACTIVITY_RESOLUTION_MS = 60 * 60_000;

/** The absolute lifetime of a session, whatever its activity; the cookie lives as long. */
export function sessionMaxAgeSeconds(): number {
  return env().SESSION_MAX_AGE_DAYS * 24 * 60 * 60;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

/**
 * Everything a request needs to know about its viewer, read by the session
 * check itself, so no procedure or page reads it again in the same request.
 */
export interface ActiveSession {
  sessionToken: string;
  user: SessionUser;
  /** Only a proven address may act for an organisation. */
  emailVerified: boolean;
  notificationEmails: boolean;
  /** Ordered by organisation name, as the organisation switcher lists them. */
  memberships: OrgMembership[];
}

/** The user's memberships as one JSON array: a subquery, so the session check reads them in its own statement. */
const membershipsOfUser = sql<OrgMembership[] | null>`(
  select json_agg(json_build_object('orgId', ${organisations.id}, 'orgName', ${organisations.name}, 'role', ${memberships.role})
    order by ${organisations.name}, ${organisations.id})
  from ${memberships} inner join ${organisations} on ${organisations.id} = ${memberships.orgId}
  where ${memberships.userId} = ${users.id})`;

/** The organisation the browser chose, if the viewer still belongs to it; else their first. */
export function activeMembershipOf(session: ActiveSession, preferredOrgId?: string | null): OrgMembership | undefined {
  return session.memberships.find((m) => m.orgId === preferredOrgId) ?? session.memberships[0];
}

export async function createSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    sessionToken,
    userId,
    expires: new Date(now.getTime() + sessionMaxAgeSeconds() * 1000),
    createdAt: now,
    lastSeenAt: now,
  });
  return sessionToken;
}

/**
 * The server-side check behind every request: a cookie whose row is gone,
 * expired or idle for longer than SESSION_IDLE_DAYS is no session at all.
 * One statement reads the session, its user and their memberships; activity
 * is recorded at most once an hour, by a conditional UPDATE, so most
 * requests cost this one SELECT.
 */
const sessionStatement = preparedPerDb((db) =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: sql<boolean>`${users.emailVerified} is not null`,
      notificationEmails: users.notificationEmails,
      memberships: membershipsOfUser,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.sessionToken, placeholder("sessionToken")),
        gt(sessions.expires, placeholder("now")),
        gt(sessions.lastSeenAt, placeholder("idleSince")),
      ),
    )
    .prepare("active_session"),
);

export async function findActiveSession(db: Db, sessionToken: string, now = new Date()): Promise<ActiveSession | null> {
  const idleSince = new Date(now.getTime() - env().SESSION_IDLE_DAYS * DAY_MS);
  const [row] = await sessionStatement(db).execute({
    sessionToken,
    now: now.toISOString(),
    idleSince: idleSince.toISOString(),
  });
  if (!row) return null;
  const staleBefore = new Date(now.getTime() - ACTIVITY_RESOLUTION_MS);
  if (row.lastSeenAt <= staleBefore)
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.sessionToken, sessionToken), lte(sessions.lastSeenAt, staleBefore)));
  return {
    sessionToken,
    user: { id: row.id, name: row.name, email: row.email },
    emailVerified: row.emailVerified,
    notificationEmails: row.notificationEmails,
    memberships: row.memberships ?? [],
  };
}

export async function endSession(db: Db, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** Ends every session of a user, except optionally the one making the change. */
export async function endUserSessions(db: Db, userId: string, keepSessionToken?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepSessionToken
        ? and(eq(sessions.userId, userId), ne(sessions.sessionToken, keepSessionToken))
        : eq(sessions.userId, userId),
    );
}
