/**
 * Every knob of `npm run bench`, read once from the environment. Defaults are
 * the benchmark (100,000 plans, 32 connections, 15 s per scenario);
 * the smaller values are for developing the benchmark itself.
 */
export interface BenchConfig {
  /** The server's URL without a database: the bench creates its own database on it. */
  serverUrl: string;
  databaseName: string;
  databaseUrl: string;
  plans: number;
  durationSeconds: number;
  connections: number;
  reseed: boolean;
  skipBuild: boolean;
  strict: boolean;
  /** App, baseline, proxy and the proxied second app instance. */
  ports: { app: number; baseline: number; proxy: number; countedApp: number };
  chromiumPath: string;
  /** Lighthouse runs per page (bench/front-end.ts reports the median); unset keeps its default. */
  lighthouseRuns?: number;
  /** Where the app's source and node_modules are (`next build` runs here). */
  appDir: string;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function flag(name: string): boolean {
  return process.env[name] === "1" || process.env[name] === "true";
}

/** postgres://user@host:port/db → the same server with another database. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function readConfig(): BenchConfig {
  const serverUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  if (!/^postgres(ql)?:\/\//.test(serverUrl)) throw new Error("npm run bench needs PostgreSQL: DATABASE_URL must be postgres://…");
  const plans = positive("BENCH_PLANS", 100_000);
  if (plans < 2_000) throw new Error("BENCH_PLANS must be at least 2000 (one organisation alone holds 1,000 plans)");
  const databaseName = process.env.BENCH_DB_NAME || "second_round_bench";
  const basePort = positive("BENCH_PORT", 3400);
  return {
    serverUrl: withDatabase(serverUrl, "postgres"),
    databaseName,
    databaseUrl: withDatabase(serverUrl, databaseName),
    plans,
    durationSeconds: positive("BENCH_DURATION", 15),
    connections: positive("BENCH_CONNECTIONS", 32),
    reseed: flag("BENCH_RESEED"),
    skipBuild: flag("BENCH_SKIP_BUILD"),
    strict: flag("BENCH_STRICT"),
    ports: { app: basePort, baseline: basePort + 1, proxy: basePort + 2, countedApp: basePort + 3 },
    chromiumPath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    lighthouseRuns: process.env.BENCH_LIGHTHOUSE_RUNS ? positive("BENCH_LIGHTHOUSE_RUNS", 3) : undefined,
    appDir: process.cwd(),
  };
}
