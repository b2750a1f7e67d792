import { createDb, type Db, type DbHandle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { env } from "@/server/env";
import { createFreshDatabase, databaseNameOf } from "../scripts/databases.mjs";
import { workerDatabaseName } from "./worker-database";

/**
 * The database of this test worker: in-memory PGlite, or on the PostgreSQL
 * server named by DATABASE_URL a database of the worker's own. Opened and
 * migrated once per worker process (the config sets isolate: false, so every
 * file of the worker sees this cache) and never wiped: each test makes its own
 * rows with unique emails.
 */
const globalForTests = globalThis as unknown as { testDbHandle?: Promise<DbHandle>; testDatabaseUrl?: Promise<string | undefined> };

/**
 * On PostgreSQL, this worker's database, created fresh, as each worker's PGlite is: the workers run side by side, and
 * a job that sweeps every due row (the outbox, the retention job) must not take the other worker's rows mid-test.
 */
export function testDatabaseUrl(): Promise<string | undefined> {
  globalForTests.testDatabaseUrl ??= (async () => {
    const serverUrl = env().DATABASE_URL;
    if (!serverUrl) return undefined;
    return createFreshDatabase(serverUrl, workerDatabaseName(databaseNameOf(serverUrl), process.env.VITEST_POOL_ID ?? "1"));
  })();
  return globalForTests.testDatabaseUrl;
}

export function testDbHandle(): Promise<DbHandle> {
  globalForTests.testDbHandle ??= (async () => {
    const handle = await createDb({ databaseUrl: await testDatabaseUrl(), pgliteDir: "memory://" });
    await migrateDb(handle);
    return handle;
  })();
  return globalForTests.testDbHandle;
}

export async function testDb(): Promise<Db> {
  return (await testDbHandle()).db;
}
