import "server-only";
import { cache } from "react";
import { getDb } from "@/server/db";
import { auth } from "./config";
import { findActiveSession, type ActiveSession } from "./sessions";

/**
 * The signed-in user for this request, or null. A valid JWT is not enough:
 * its session row must still exist (sign-out, password change and removal
 * from an organisation delete it).
 */
export const currentSession = cache(async (): Promise<ActiveSession | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  if (!sid) return null;
  return findActiveSession(await getDb(), sid);
});
