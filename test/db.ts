import { createDb, type Db, type DbHandle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { env } from "@/server/env";

/**
 * The database of this test worker: in-memory PGlite, or the PostgreSQL server
 * named by DATABASE_URL. Opened and migrated once per worker process (the
 * config sets isolate: false, so every file of the worker sees this cache)
 * and never wiped: each test makes its own rows with unique emails.
 */
const globalForTests = globalThis as unknown as { testDbHandle?: Promise<DbHandle> };

export function testDbHandle(): Promise<DbHandle> {
  globalForTests.testDbHandle ??= (async () => {
    const handle = await createDb({ databaseUrl: env().DATABASE_URL, pgliteDir: "memory://" });
    await migrateDb(handle);
    return handle;
  })();
  return globalForTests.testDbHandle;
}

export async function testDb(): Promise<Db> {
  return (await testDbHandle()).db;
}
