import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { LIVE_CHANNEL, type LiveChange } from "@/server/rules/live";

/**
 * Announces changes to every app instance, in one statement however many.
 * NOTIFY is transactional: called inside the command's transaction they are
 * delivered only if that commits, and never for a write that was rolled back.
 */
export async function publishChanges(tx: Db, changes: LiveChange[]): Promise<void> {
  if (!changes.length) return;
  const payloads = changes.map((change) => sql`${JSON.stringify(change)}`);
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, payload) from unnest(array[${sql.join(payloads, sql`, `)}]::text[]) as payload`);
}

export async function publishChange(tx: Db, change: LiveChange): Promise<void> {
  await publishChanges(tx, [change]);
}
