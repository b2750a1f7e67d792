import { Column, eq, is, SQL, sql, type DriverValueDecoder } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans } from "@/db/schema";
import { notFound } from "./errors";

/**
 * A plan's children read inside the plan's own statement: a select whose
 * rows come back as one JSON array column (`rowsAsJson`), decoded into what
 * the same select would have returned on its own (`decodeJsonRows`), each
 * value through its column's own driver mapping (timestamps become Dates,
 * jsonb stays parsed). One statement for a plan of any size, and no second
 * copy of a child's filter: the select passed in is the one the single reads use.
 */
export type JsonRowFields = Record<string, Column | SQL | SQL.Aliased>;

type ValueOf<F> = F extends Column
  ? F["_"]["notNull"] extends true
    ? F["_"]["data"]
    : F["_"]["data"] | null
  : F extends SQL<infer T>
    ? T
    : F extends SQL.Aliased<infer T>
      ? T
      : never;

export type JsonRow<F extends JsonRowFields> = { [K in keyof F]: ValueOf<F[K]> };

/** The row as one JSON array of its fields, in the order of `fields`: select it as the only column of the child query. */
export function jsonRowOf(fields: JsonRowFields): SQL.Aliased<unknown> {
  return sql`json_build_array(${sql.join(
    Object.values(fields).map((field) => (is(field, SQL.Aliased) ? field.sql : field)),
    sql`, `,
  )})`.as("row");
}

/**
 * The child query's rows (each selected as `{ row: jsonRowOf(fields) }`), in
 * the query's own order, as one JSON array: `[]` when there are none.
 */
export function rowsAsJson(childQuery: SQL | { getSQL(): SQL }): SQL<unknown> {
  return sql`(select coalesce(json_agg(child.row), '[]'::json) from (${childQuery}) as child)`;
}

function decoderOf(field: Column | SQL | SQL.Aliased): DriverValueDecoder<unknown, unknown> | null {
  if (is(field, Column)) return field;
  const expression = is(field, SQL.Aliased) ? field.sql : field;
  return (expression as unknown as { decoder?: DriverValueDecoder<unknown, unknown> }).decoder ?? null;
}

export function decodeJsonRows<F extends JsonRowFields>(fields: F, value: unknown): JsonRow<F>[] {
  const rows = (typeof value === "string" ? JSON.parse(value) : value) as unknown[][];
  const entries = Object.entries(fields).map(([key, field]) => [key, decoderOf(field)] as const);
  return rows.map((row) =>
    Object.fromEntries(
      entries.map(([key, decoder], i) => {
        const raw = row[i] ?? null;
        return [key, raw === null || !decoder ? raw : decoder.mapFromDriverValue(raw)];
      }),
    ),
  ) as JsonRow<F>[];
}

/**
 * JSON columns built over the plan row (`plans.id` as their plan) read on
 * their own, for one plan: the procedure that shows one part uses the same
 * subquery as the page that shows them all.
 */
export async function readOverPlan<C extends Record<string, SQL<unknown>>>(db: Db, planId: string, columns: C) {
  const [row] = await db.select(columns).from(plans).where(eq(plans.id, planId));
  if (!row) throw notFound("Plan");
  return row as { [K in keyof C]: unknown };
}
