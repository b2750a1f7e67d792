import postgres from "postgres";
import { createDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { dropDatabase } from "../scripts/databases.mjs";
import { hashPassword } from "../server/auth/password";
import type { BenchConfig } from "./config";
import { BENCH_PASSWORD, ORGANISATIONS, SEED_VERSION, SMALL_ORG_PLANS, seedStatements } from "./seed-statements";

/** What later phases need to know about the data set, kept in the marker row so a skipped seed still knows it. */
export interface SeedInfo {
  plans: number;
  candidates: number;
  bigOrgPlans: number;
  zeroGoalsPlanId: string;
  fiftyGoalsPlanId: string;
  /** Seconds the seeding took when it ran (for a reused seed: when it was built). */
  seconds: number;
  reused: boolean;
}

/** One candidate per ~50 plans (a multiple of 20, so each candidate's plans cover every stage). */
function candidatesFor(plans: number): number {
  return Math.max(100, Math.round(plans / 50 / 20) * 20);
}

async function existingSeed(sql: postgres.Sql, config: BenchConfig): Promise<SeedInfo | null> {
  const [marker] = await sql<{ info: SeedInfo }[]>`
    select info from bench.seed where version = ${SEED_VERSION} and plans = ${config.plans}`.catch(() => []);
  // `seconds` stays what building this seed took, so a report on a reused seed still says it.
  return marker ? { ...marker.info, reused: true } : null;
}

async function ensureDatabase(config: BenchConfig, fresh: boolean): Promise<void> {
  if (fresh) await dropDatabase(config.serverUrl, config.databaseName);
  const admin = postgres(config.serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${config.databaseName}`;
    if (!found) await admin.unsafe(`create database "${config.databaseName}"`);
  } finally {
    await admin.end();
  }
}

/**
 * The plan with no goals and the plan with fifty, for the statement counts: two
 * preparing plans of the first bench candidate in the big organisation.
 */
async function shapeSpecialPlans(sql: postgres.Sql): Promise<{ zero: string; fifty: string }> {
  const [zero, fifty] = await sql<{ plan_id: string; n: number }[]>`
    select plan_id, n from bench.plan_index where c = 0 and org = 0 and stage = 'preparing' order by n limit 2`;
  if (!zero || !fifty) throw new Error("the data set has no two preparing plans of candidate 0 in the big organisation");
  await sql`delete from goals where plan_id = ${zero.plan_id}`;
  await sql`delete from plan_events where plan_id = ${zero.plan_id} and type = 'goal_added'`;
  // 25 a side: each side's ten, plus fifteen more (the per-side limit is 50).
  await sql`
    insert into goals (plan_id, side, kind, text, priority, visibility, position)
    select ${fifty.plan_id}, s.side::plan_side, s.kind::goal_kind, 'Extra goal ' || k, 'should', 'shared', 10 + k
    from generate_series(0, 14) k, (values ('candidate', 'learn'), ('organisation', 'challenge')) s(side, kind)`;
  return { zero: zero.plan_id, fifty: fifty.plan_id };
}

export async function seedDatabase(config: BenchConfig, log: (line: string) => void): Promise<SeedInfo> {
  if (!config.reseed) {
    await ensureDatabase(config, false);
    const sql = postgres(config.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const reused = await existingSeed(sql, config);
      if (reused) {
        log(`seed: reusing ${config.databaseName} (${SEED_VERSION}, ${config.plans} plans); BENCH_RESEED=1 to rebuild`);
        return reused;
      }
    } finally {
      await sql.end();
    }
  }
  const started = performance.now();
  await ensureDatabase(config, true);
  const handle = await createDb({ databaseUrl: config.databaseUrl, poolSize: 1 });
  await migrateDb(handle);
  await handle.close();

  const candidates = candidatesFor(config.plans);
  const others = Math.floor(config.plans * 0.04);
  // Hashed once with the app's own function: every bench user signs in with the same password.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const sql = postgres(config.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`create schema bench`;
    await sql`create function bench.uuid_of(t text) returns uuid language sql immutable as $$
      select overlay(overlay(md5(t) placing '4' from 13) placing substr('89ab', ascii(substr(md5(t), 17, 1)) % 4 + 1, 1) from 17)::uuid $$`;
    await sql`create table bench.seed (version text primary key, plans integer not null, info jsonb not null)`;
    await sql`create table bench.plan_index (n integer primary key, plan_id uuid not null, org integer not null,
      c integer not null, stage plan_stage not null, starts_at timestamptz not null)`;
    // The rows are consistent by construction: skipping the per-row foreign-key triggers (replica mode,
    // this session only) roughly halves the time of the child tables; the constraints stay in place.
    await sql`set session_replication_role = replica`;
    await sql`set maintenance_work_mem = '256MB'`;
    for (const statement of seedStatements({ plans: config.plans, candidates, small: SMALL_ORG_PLANS, others })) {
      const t = performance.now();
      const result = await sql.unsafe(statement.sql, statement.sql.includes("$1") ? [passwordHash] : []);
      log(`seed: ${statement.label.padEnd(22)} ${String(result.count).padStart(9)} rows ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await sql`set session_replication_role = origin`;
    const special = await shapeSpecialPlans(sql);
    const t = performance.now();
    // Vacuumed as well as analysed: a table just filled has no visibility map yet, so index-only scans (the capped
    // count) read the heap, and autovacuum would set it in the middle of the load rows.
    await sql`vacuum analyze`;
    log(`seed: vacuum analyze ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const info: SeedInfo = {
      plans: config.plans,
      candidates,
      bigOrgPlans: config.plans - SMALL_ORG_PLANS - others,
      zeroGoalsPlanId: special.zero,
      fiftyGoalsPlanId: special.fifty,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      reused: false,
    };
    await sql`insert into bench.seed (version, plans, info) values (${SEED_VERSION}, ${config.plans}, ${sql.json(info as never)})`;
    log(`seed: ${config.plans} plans in ${ORGANISATIONS} organisations, ${candidates} candidates, in ${info.seconds} s`);
    return info;
  } finally {
    await sql.end();
  }
}
