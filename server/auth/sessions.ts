import { randomBytes } from "node:crypto";
import { and, eq, gt, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

export interface ActiveSession {
  sessionToken: string;
  user: SessionUser;
}

export async function createSession(db: Db, userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    sessionToken,
    userId,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return sessionToken;
}

/** The server-side check behind every request: a JWT whose row is gone is no session at all. */
export async function findActiveSession(db: Db, sessionToken: string): Promise<ActiveSession | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, new Date())));
  return row ? { sessionToken, user: row } : null;
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
