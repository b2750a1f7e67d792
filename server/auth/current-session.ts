import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { sessionIdInCookie } from "./cookie-session";
import { findActiveSession, type ActiveSession } from "./sessions";

/**
 * The signed-in user for this request, or null. A valid JWT is not enough:
 * its session row must still exist and be neither expired nor idle (sign-out,
 * password change and removal from an organisation delete it). The cookie is
 * decoded directly: Auth.js's auth() would also re-encode it on every call.
 */
export const currentSession = cache(async (): Promise<ActiveSession | null> => {
  const sid = await sessionIdInCookie(await headers(), env().AUTH_SECRET);
  if (!sid) return null;
  return findActiveSession(await getDb(), sid);
});
