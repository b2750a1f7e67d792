import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * A statement Drizzle builds once per database, not once per request:
 * building a plan view's SQL (a dozen subqueries) cost more CPU than
 * PostgreSQL spends answering it. What varies per request goes in through
 * `placeholder(...)`; everything else is fixed when the statement is built.
 * Keyed by the Db object, so tests with several databases each get their own.
 */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}

/** A value filled in at execution. Placeholders skip the columns' own encoding: pass dates as ISO strings. */
export const placeholder = (name: string) => sql.placeholder(name);
