/** Settings of one fault run, from the environment so CI and a developer can move ports or reuse a build. */
export interface FaultsConfig {
  pgPort: number;
  appPort: number;
  /** Reuse the production build in .next (CI: the e2e runs just made it). */
  skipBuild: boolean;
  /** Sessions driving the app: half recruiters, half their candidates. */
  pairs: number;
  requestsPerSecond: number;
  /** An answer slower than this during an outage is a failure: the app must fail fast. */
  outageAnswerMs: number;
  /**
   * The same while the database's host is silent. Connects then time out instead of being refused, and the
   * pool's idle connections are cut without a word: a request that was already waiting for a connection before
   * the first connect timed out (and taught the app the database is gone) can wait out two connect attempts
   * (DATABASE_CONNECT_TIMEOUT_MS, 1 s) and the reconnect delay between them.
   */
  silentHostAnswerMs: number;
  /** No answer at all may take longer, even one that waited for the database and then succeeded. */
  hangMs: number;
  /** The app must serve again this soon after the database is back. */
  recoveryMs: number;
  /** PostgreSQL's binaries (initdb, pg_ctl). */
  pgBin: string;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got ${raw}`);
  return value;
}

export function faultsConfig(): FaultsConfig {
  return {
    pgPort: intFrom("FAULTS_PG_PORT", 55432),
    appPort: intFrom("FAULTS_APP_PORT", 3360),
    skipBuild: process.env.FAULTS_SKIP_BUILD === "1",
    pairs: intFrom("FAULTS_PAIRS", 5),
    requestsPerSecond: intFrom("FAULTS_RPS", 20),
    outageAnswerMs: 2_000,
    silentHostAnswerMs: 3_000,
    hangMs: 5_000,
    recoveryMs: 10_000,
    pgBin: process.env.FAULTS_PG_BIN ?? "",
  };
}
