/** Applies committed migrations to the configured database (the app also does this on start). */
import { createDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { env } from "@/server/env";

const e = env();
const handle = await createDb({ databaseUrl: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
await migrateDb(handle);
await handle.close();
console.log(`Migrations applied (${handle.driver}).`);
