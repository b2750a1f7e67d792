import { randomUUID } from "node:crypto";
import { bench, describe } from "vitest";
import { takeSlot } from "@/server/domain/rate-limit";
import { testDb } from "@/test/db";

/**
 * takeSlot runs on every sign-in attempt and every emailed-link request:
 * one upsert, on PGlite or on the PostgreSQL server named by DATABASE_URL.
 */
const db = await testDb();
const policy = { limit: 1_000_000, windowMs: 60_000 };
const hotKey = `bench:${randomUUID()}`;

describe("takeSlot", () => {
  bench("the same key again (update)", async () => {
    await takeSlot(db, hotKey, policy);
  });

  bench("a new key each time (insert)", async () => {
    await takeSlot(db, `bench:${randomUUID()}`, policy);
  });
});
