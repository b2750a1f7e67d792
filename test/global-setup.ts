import postgres from "postgres";
import { databaseNameOf, isWorkerDatabase } from "./worker-database";

/**
 * After the run, on PostgreSQL, drops the workers' databases (test/db.ts): the database DATABASE_URL names is the
 * caller's to drop, the ones the run made beside it are the run's.
 */
export default function setup() {
  return async function teardown() {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) return;
    const base = databaseNameOf(serverUrl);
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    try {
      const names = await admin<{ datname: string }[]>`select datname from pg_database`;
      for (const { datname } of names.filter((n) => isWorkerDatabase(n.datname, base)))
        await admin`drop database if exists ${admin(datname)} with (force)`;
    } finally {
      await admin.end();
    }
  };
}
