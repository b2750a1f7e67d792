import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql as PostgresClient } from "postgres";
import { DatabaseUnreachable, reachabilityGate, refusedQuery, reported, type ReachabilityGate } from "./reachability";
import * as schema from "./schema";
import { statementCountingLogger } from "./statement-count";

export type Schema = typeof schema;
/** One type for both drivers: code never needs to know which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbDriver = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  /**
   * The same database with nothing prepared: PostgreSQL plans each statement for its own values. For a
   * statement whose best plan depends on them (a search term), where a prepared one may settle on a generic
   * plan after five runs. The same Db on PGlite, which never keeps a plan.
   */
  unprepared: Db;
  driver: DbDriver;
  /** The server URL, for PostgreSQL. */
  url?: string;
  /**
   * LISTEN on a channel; resolves once listening, to a function that stops.
   * On PostgreSQL it holds one dedicated connection (postgres.js reconnects it
   * and listens again by itself), never a pooled one: a pooler in transaction
   * mode would hand it to someone else between statements. `onRelisten` runs
   * after such a reconnect: whatever was sent while the connection was down
   * is lost.
   */
  listen: (channel: string, onPayload: (payload: string) => void, onRelisten?: () => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
}

export interface DbOptions {
  /** postgres://… selects a PostgreSQL server; without it the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder, or "memory://" for a throwaway in-memory database. */
  pgliteDir?: string;
  poolSize?: number;
  connectTimeoutSeconds?: number;
  /** PostgreSQL cancels any statement running longer (statement_timeout); unset means no limit. */
  statementTimeoutMs?: number;
  /** What PostgreSQL shows for these connections (pg_stat_activity.application_name). */
  applicationName?: string;
}

/**
 * Which handle a Db came from, so code given only a Db (a procedure's context)
 * can reach its LISTEN. On globalThis: Next.js bundles instrumentation and the
 * routes separately, each with its own copy of this module.
 */
const globalForHandles = globalThis as unknown as { dbHandles?: WeakMap<Db, DbHandle> };
const handlesByDb = (globalForHandles.dbHandles ??= new WeakMap());

export function handleOf(db: Db): DbHandle | undefined {
  return handlesByDb.get(db);
}

/** db's unprepared twin (see DbHandle.unprepared); db itself inside a transaction, which has no handle. */
export function unpreparedOf(db: Db): Db {
  return handleOf(db)?.unprepared ?? db;
}

function registered(handle: DbHandle): DbHandle {
  handlesByDb.set(handle.db, handle);
  return handle;
}

export const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

/**
 * The client drizzle is given. With `prepare`: drizzle sends every statement through `unsafe(query, params,
 * { prepare: false })`, so PostgreSQL parses and plans each one anew (and postgres.js spends a round trip
 * describing it first); this client prepares them instead: postgres.js keeps one named statement per distinct
 * text on each connection and sends only Bind/Execute for the same text again. The texts are bounded
 * (parameters, never inlined values; IN lists and CASE lists are capped by the product's limits), and
 * postgres.js re-prepares a statement the server dropped. Prepared statements live on a connection: like
 * LISTEN, they need a direct connection or a pooler in session mode (see the README).
 * With `gate`: each statement and each transaction is admitted by it first (db/reachability.ts); the
 * statements of a transaction that was admitted are not asked again. Transactions and savepoints get the same
 * client.
 */
function driverClient(client: PostgresClient, options: { prepare: boolean; gate?: ReachabilityGate }): PostgresClient {
  const { prepare, gate } = options;
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe")
        return (query: string, params?: never[], queryOptions?: object) => {
          const admission = gate?.admit();
          if (admission === null) return refusedQuery();
          const pending = target.unsafe(query, params, prepare ? { ...queryOptions, prepare: true } : queryOptions);
          return admission ? reported(pending, admission) : pending;
        };
      if (property === "begin" || property === "savepoint")
        return (...args: unknown[]) => {
          const admission = property === "begin" ? gate?.admit() : undefined;
          if (admission === null) return Promise.reject(new DatabaseUnreachable());
          const run = args.pop() as (sql: PostgresClient) => unknown;
          const open = Reflect.get(target, property) as (...a: unknown[]) => Promise<unknown>;
          const done = open.call(target, ...args, (sql: PostgresClient) => run(driverClient(sql, { prepare })));
          return admission ? reported(done, admission) : done;
        };
      return Reflect.get(target, property, receiver);
    },
  });
}

export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.databaseUrl, {
      max: options.poolSize ?? 10,
      connect_timeout: options.connectTimeoutSeconds ?? 5,
      // postgres.js waits before reconnecting, longer after every failure (up to 20 s by default), and a query
      // queued meanwhile waits with it: during an outage requests hung that long instead of failing at once.
      // The delay and the connect timeout add up for a query that arrives as the delay starts.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.25),
      onnotice: () => {},
      connection: {
        ...(options.applicationName ? { application_name: options.applicationName } : {}),
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    const gate = reachabilityGate({ probe: () => client`select 1`, probePauseMs: 100 });
    return registered({
      db: drizzle(driverClient(client, { prepare: true, gate }), { schema, logger: statementCountingLogger }) as unknown as Db,
      unprepared: drizzle(driverClient(client, { prepare: false, gate }), { schema, logger: statementCountingLogger }) as unknown as Db,
      driver: "postgres",
      url: options.databaseUrl,
      listen: async (channel, onPayload, onRelisten) => {
        let listened = false;
        const { unlisten } = await client.listen(channel, onPayload, () => {
          if (listened) onRelisten?.();
          listened = true;
        });
        return unlisten;
      },
      close: () => {
        gate.stop();
        return client.end({ timeout: 5 });
      },
    });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = options.pgliteDir ?? "./.data/pglite";
  // The dashboard's search indexes (migration 0006) need pg_trgm, a contrib extension PGlite loads only when asked.
  const extensions = { pg_trgm };
  let client;
  if (dir.startsWith("memory://")) client = new PGlite({ extensions });
  else {
    const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
    mkdirSync(dataDir, { recursive: true });
    client = new PGlite(dataDir, { extensions });
  }
  await client.waitReady;
  const db = drizzle(client, { schema, logger: statementCountingLogger }) as unknown as Db;
  return registered({
    db,
    unprepared: db,
    driver: "pglite",
    // In process: nothing between the database and its listeners can drop.
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  });
}
