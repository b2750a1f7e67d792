import postgres from "postgres";

/**
 * Waits until the benchmark database has no statement running but this check's own: autocannon stops sending when
 * a row's time is up, but the requests it left in flight (queued for a pool connection, or a slow statement) still run
 * and would slow the next row down. Gives up after `timeoutMs` and says how long it waited.
 */
export async function settleDatabase(databaseUrl: string, timeoutMs = 60_000): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    let quietSince: number | null = null;
    while (performance.now() - started < timeoutMs) {
      const [{ busy }] = (await sql`
        select count(*)::int as busy from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state = 'active'
          and backend_type = 'client backend'`) as unknown as [{ busy: number }];
      const now = performance.now();
      if (busy > 0) quietSince = null;
      else if (quietSince === null) quietSince = now;
      else if (now - quietSince >= 500) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return (performance.now() - started) / 1000;
  } finally {
    await sql.end();
  }
}
