import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "./db";
import { isDraining } from "./http/in-flight";
import { logger } from "./logger";

/** While a shutdown drains (server/shutdown.ts) the check fails, so a load balancer sends new requests elsewhere. */
export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down"; draining: boolean }> {
  const draining = isDraining();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { ok: !draining, database: "up", draining };
  } catch (error) {
    if (!draining) logger.error({ err: error }, "health check: database unreachable");
    return { ok: false, database: "down", draining };
  }
}
