import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "./db";
import { isDraining } from "./http/in-flight";
import { logger } from "./logger";

/**
 * How long the probe may take. A load balancer's check must get its answer within about 2 s; a database
 * that does not answer (a connect still pending, a server frozen) would otherwise hold the check as long.
 */
const PROBE_TIMEOUT_MS = 1_500;

class ProbeTimeout extends Error {
  constructor() {
    super(`the database did not answer within ${PROBE_TIMEOUT_MS} ms`);
  }
}

async function probeDatabase(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), PROBE_TIMEOUT_MS);
  });
  const probe = (async () => {
    const db = await getDb();
    await db.execute(sql`select 1`);
  })();
  // A probe that loses the race still settles later: its rejection is of no interest by then.
  probe.catch(() => {});
  try {
    await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** While a shutdown drains (server/shutdown.ts) the check fails, so a load balancer sends new requests elsewhere. */
export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down"; draining: boolean }> {
  const draining = isDraining();
  try {
    await probeDatabase();
    return { ok: !draining, database: "up", draining };
  } catch (error) {
    if (!draining) logger.error({ err: error }, "health check: database unreachable");
    return { ok: false, database: "down", draining };
  }
}
