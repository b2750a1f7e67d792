import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { bigint, pgSchema, serial, text } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { createDb, migrationsFolder, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { users } from "@/db/schema";
import { env } from "@/server/env";
import { createFreshDatabase, dropDatabase } from "../scripts/databases.mjs";
import { testDbHandle } from "./db";

/** Drizzle's own bookkeeping table: one row per applied migration. */
const appliedMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  id: serial("id").primaryKey(),
  hash: text("hash").notNull(),
  createdAt: bigint("created_at", { mode: "number" }),
});

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
  entries: { when: number; tag: string }[];
};

async function appliedTimestamps(db: Db): Promise<number[]> {
  const rows = await db.select({ createdAt: appliedMigrations.createdAt }).from(appliedMigrations);
  return rows.map((r) => Number(r.createdAt)).sort();
}

const onPostgres = Boolean(env().DATABASE_URL);

describe("migrations", () => {
  it("running them again on a migrated database changes nothing", async () => {
    const handle = await testDbHandle();
    const before = await appliedTimestamps(handle.db);
    await migrateDb(handle);
    expect(await appliedTimestamps(handle.db)).toEqual(before);
    expect(before).toEqual(journal.entries.map((e) => e.when).sort());
  });

  // On PostgreSQL two app instances race to migrate one fresh database; PGlite is embedded (one
  // process owns its folder), so there a single fresh instance must reach the latest schema.
  it("a fresh database migrates to the latest schema, also with two instances starting at once", async () => {
    const fresh = onPostgres ? await freshPostgresDatabase() : null;
    const instances = fresh
      ? [await createDb({ databaseUrl: fresh.url }), await createDb({ databaseUrl: fresh.url })]
      : [await createDb({ pgliteDir: "memory://" })];
    try {
      await Promise.all(instances.map((instance) => migrateDb(instance)));
      for (const instance of instances) {
        expect(await appliedTimestamps(instance.db)).toEqual(journal.entries.map((e) => e.when).sort());
        expect(await instance.db.select().from(users)).toEqual([]);
      }
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await fresh?.drop();
    }
  });
});

async function freshPostgresDatabase() {
  const serverUrl = env().DATABASE_URL!;
  const name = `sr_migrate_${randomBytes(4).toString("hex")}`;
  return { url: await createFreshDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
