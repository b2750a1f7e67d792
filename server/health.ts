import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "./db";
import { logger } from "./logger";

const state = globalThis as unknown as { draining?: boolean };

/** From the shutdown signal on, the health check fails, so a load balancer sends new requests elsewhere. */
export function beginDraining(): void {
  state.draining = true;
}

export function isDraining(): boolean {
  return state.draining === true;
}

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
