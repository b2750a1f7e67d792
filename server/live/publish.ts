import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { LIVE_CHANNEL, type LiveChange } from "@/server/rules/live";

/**
 * Announces a change to every app instance. NOTIFY is transactional: called
 * inside the command's transaction it is delivered only if that commits, and
 * never for a write that was rolled back.
 */
export async function publishChange(tx: Db, change: LiveChange): Promise<void> {
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(change)})`);
}
