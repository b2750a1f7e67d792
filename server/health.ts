import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "./db";
import { logger } from "./logger";

export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { ok: true, database: "up" };
  } catch (error) {
    logger.error({ err: error }, "health check: database unreachable");
    return { ok: false, database: "down" };
  }
}
