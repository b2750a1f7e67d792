import "server-only";
import { createDb, type Db, type DbHandle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { ensureDemoData } from "./demo-data";
import { env } from "./env";
import { logger } from "./logger";

interface AppDb {
  handle: DbHandle;
  demoSeeded: boolean;
}

/**
 * One database per process, kept on globalThis so dev hot reloads reuse it:
 * two PGlite instances on one folder would corrupt it.
 */
const globalForDb = globalThis as unknown as { appDb?: Promise<AppDb> };

async function openAppDb(): Promise<AppDb> {
  const e = env();
  const handle = await createDb({
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    poolSize: e.DATABASE_POOL_SIZE,
    connectTimeoutSeconds: e.DATABASE_CONNECT_TIMEOUT_MS / 1000,
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
  });
  const started = Date.now();
  await migrateDb(handle);
  logger.info({ driver: handle.driver, ms: Date.now() - started }, "database ready");
  const demoSeeded = e.seedDemo ? await ensureDemoData(handle.db) : false;
  return { handle, demoSeeded };
}

export function appDb(): Promise<AppDb> {
  globalForDb.appDb ??= openAppDb().catch((error: unknown) => {
    globalForDb.appDb = undefined;
    throw error;
  });
  return globalForDb.appDb;
}

export async function getDb(): Promise<Db> {
  return (await appDb()).handle.db;
}
