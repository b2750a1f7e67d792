import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { sessionTokenInCookie } from "./cookie-session";
import { findActiveSession, type ActiveSession } from "./sessions";

/**
 * The signed-in viewer of a request, or null: one cookie check and one
 * statement. A correctly signed cookie is not enough: its session row must
 * still exist and be neither expired nor idle (sign-out, password change and
 * removal from an organisation delete it). Cached per request, keyed by the
 * request's headers (Next.js hands every caller of headers() the same
 * object), so a page, its layout and their tRPC calls share one check.
 * Auth.js's auth() is not used: it would re-encode the cookie on every call.
 */
export const sessionOfRequest = cache(async (requestHeaders: Headers): Promise<ActiveSession | null> => {
  const sessionToken = sessionTokenInCookie(requestHeaders, env().AUTH_SECRET);
  if (!sessionToken) return null;
  return findActiveSession(await getDb(), sessionToken);
});

/** The viewer of the request being rendered (pages and server components). */
export async function currentSession(): Promise<ActiveSession | null> {
  return sessionOfRequest(await headers());
}
