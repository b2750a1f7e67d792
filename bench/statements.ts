import type { HttpRequestSpec } from "./load";
import type { StatementCounts } from "./statement-proxy";

/**
 * SQL statements per request, read from the counting proxy: one request at a
 * time, after a warm-up, the counters' difference across it. The app's
 * background workers poll the database on their own schedule, so the
 * minimum over several tries is the request's own cost.
 */
export interface StatementProbe {
  name: string;
  /** Which server: the app, or the baseline behind the same proxy. */
  baseUrl: string;
  /** A fresh request per try (writes need a fresh row each time). */
  request: () => HttpRequestSpec;
}

export interface StatementResult extends StatementCounts {
  name: string;
  /** Set when the request did not succeed: its counts are then meaningless (reported, never compared). */
  error?: string;
}

const TRIES = 5;
/** Writes after the answer (a session's activity stamp, a NOTIFY) still belong to the request. */
const SETTLE_MS = 150;

async function once(probe: StatementProbe, counts: () => StatementCounts): Promise<StatementCounts> {
  const spec = probe.request();
  const before = counts();
  const response = await fetch(probe.baseUrl + spec.path, { method: spec.method ?? "GET", headers: spec.headers, body: spec.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${probe.name}: ${response.status} ${text.slice(0, 200)}`);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const after = counts();
  return {
    statements: after.statements - before.statements,
    parses: after.parses - before.parses,
    roundTrips: after.roundTrips - before.roundTrips,
  };
}

export async function countStatementsPerRequest(probes: StatementProbe[], counts: () => StatementCounts): Promise<StatementResult[]> {
  const results: StatementResult[] = [];
  for (const probe of probes) {
    try {
      await once(probe, counts);
      let best: StatementCounts | null = null;
      for (let i = 0; i < TRIES; i++) {
        const tried = await once(probe, counts);
        if (!best || tried.statements < best.statements) best = tried;
      }
      results.push({ name: probe.name, ...best! });
    } catch (error) {
      results.push({ name: probe.name, statements: 0, parses: 0, roundTrips: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
