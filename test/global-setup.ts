import { databaseNameOf, databaseNames, dropDatabase } from "../scripts/databases.mjs";
import { isWorkerDatabase } from "./worker-database";

/**
 * After the run, on PostgreSQL, drops the workers' databases (test/db.ts): the database DATABASE_URL names is the
 * caller's to drop, the ones the run made beside it are the run's.
 */
export default function setup() {
  return async function teardown() {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) return;
    const base = databaseNameOf(serverUrl);
    for (const name of (await databaseNames(serverUrl)).filter((n) => isWorkerDatabase(n, base))) await dropDatabase(serverUrl, name);
  };
}
