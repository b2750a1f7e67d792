import { randomUUID } from "node:crypto";
import { bench, describe } from "vitest";
import { countAttempt } from "@/server/domain/rate-limit";
import { testDb } from "@/test/db";

/**
 * countAttempt runs on every failed sign-in and every emailed-link request:
 * one upsert, on PGlite or on the PostgreSQL server named by DATABASE_URL.
 */
const db = await testDb();
const policy = { limit: 1_000_000, windowMs: 60_000 };
const hotKey = `bench:${randomUUID()}`;

describe("countAttempt", () => {
  bench("the same key again (update)", async () => {
    await countAttempt(db, hotKey, policy);
  });

  bench("a new key each time (insert)", async () => {
    await countAttempt(db, `bench:${randomUUID()}`, policy);
  });
});
