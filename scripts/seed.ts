/** Creates the demo organisation and accounts on the configured database, once. */
import { createDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { demoLoginsBanner, ensureDemoData } from "@/server/demo-data";
import { env } from "@/server/env";

const e = env();
if (e.NODE_ENV === "production") {
  console.error("Refusing to seed demo data in production: the demo logins' password is published.");
  process.exit(1);
}
const handle = await createDb({ databaseUrl: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
await migrateDb(handle);
const created = await ensureDemoData(handle.db);
await handle.close();
console.log(demoLoginsBanner(e.APP_URL, created ? "Demo data created." : "Demo data was already there."));
