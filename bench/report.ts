import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import type { LiveResult } from "./live-latency";
import type { LoadResult } from "./load";
import type { ScenarioKey } from "./scenarios";
import type { StatementResult } from "./statements";

/**
 * The run's figures, the issue's targets checked against them, and the
 * output: a table on stdout, bench/results/latest.json and latest.md.
 * Throughput is judged as a ratio to the baseline measured in the same run
 * (the mean of its run before and after the app's rows), so a figure means
 * the same on a faster or slower machine.
 */
export interface FrontEndRow {
  name: string;
  performance: number;
  javascriptKb: number;
  /** Set when Lighthouse could not measure the page. */
  error?: string;
}

export interface BenchResults {
  machine: { cpu: string; cores: number; memoryGb: number; node: string; postgres: string; date: string };
  config: { plans: number; durationSeconds: number; connections: number };
  seed: { seconds: number; reused: boolean };
  buildSeconds: number | null;
  /** Null when the instance never served the page (an error page is not a start). */
  startToFirstPlanPageSeconds: number | null;
  peakRssMb: number;
  dashboardDeepRows: number;
  load: (LoadResult & { key: ScenarioKey })[];
  live: LiveResult;
  statements: (StatementResult & { key: string })[];
  frontEnd: FrontEndRow[] | null;
  totalSeconds: number;
}

export interface Row {
  endpoint: string;
  rps?: number;
  ratio?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  errors?: number;
  statements?: string;
  target: string;
  pass: boolean | null;
}

const RATIO_TARGETS: Partial<Record<ScenarioKey, number>> = {
  candidatePlanQuery: 0.5,
  recruiterPlanPage: 0.2,
  candidatePlanPage: 0.2,
  confirmStep: 0.3,
  addGoal: 0.3,
};
/** Statement probes that are plan views: at most this many statements, whatever the plan's size. */
export const PLAN_VIEW_STATEMENT_LIMIT = 4;
const RSS_LIMIT_MB = 350;
const LIGHTHOUSE_MIN = 90;
const JS_LIMIT_KB = 200;
const P95_FACTOR = 1.5;

export function machineInfo(databaseVersion: string) {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres: databaseVersion,
    date: new Date().toISOString(),
  };
}

const statementCell = (s: StatementResult) => (s.error ? "error" : String(s.statements));

export function buildRows(r: BenchResults): Row[] {
  const load = new Map(r.load.map((l) => [l.key, l]));
  const baselineRuns = [load.get("baseline"), load.get("baselineAgain")].filter((b) => b !== undefined);
  const baselineRps = baselineRuns.reduce((sum, b) => sum + b.requestsPerSecond, 0) / baselineRuns.length;
  const statementsOf = (key: string) => r.statements.filter((s) => s.key === key);
  const rows: Row[] = [];
  for (const l of r.load) {
    const ratio = Math.round((l.requestsPerSecond / baselineRps) * 100) / 100;
    const counted = statementsOf(l.key);
    const targets: string[] = [];
    const passes: boolean[] = [];
    const min = RATIO_TARGETS[l.key];
    if (min !== undefined) {
      targets.push(`≥ ${min}×`);
      passes.push(ratio >= min);
    }
    const isPlanView = l.key === "candidatePlanQuery" || l.key === "recruiterPlanPage" || l.key === "candidatePlanPage" || l.key === "baseline";
    if (isPlanView && counted.length) {
      targets.push(`≤ ${PLAN_VIEW_STATEMENT_LIMIT} statements`);
      passes.push(counted.every((c) => !c.error && c.statements <= PLAN_VIEW_STATEMENT_LIMIT));
    }
    if (l.key === "dashboardSearch") {
      targets.push(`p95 ≤ ${P95_FACTOR}× first page`);
      passes.push(l.p95 <= P95_FACTOR * load.get("dashboardFirst")!.p95);
    }
    if (l.key === "dashboardFirst") {
      targets.push(`p95 ≤ ${P95_FACTOR}× 1,000-plan org`);
      passes.push(l.p95 <= P95_FACTOR * load.get("dashboardFirstSmallOrg")!.p95);
    }
    if (targets.length) passes.push(l.errors === 0);
    rows.push({
      endpoint: l.name,
      rps: l.requestsPerSecond,
      ratio,
      p50: l.p50,
      p95: l.p95,
      p99: l.p99,
      errors: l.errors,
      statements: counted.map(statementCell).join(" / ") || undefined,
      target: targets.join("; "),
      pass: targets.length ? passes.every(Boolean) : null,
    });
  }
  for (const s of r.statements.filter((s) => s.key.startsWith("goals"))) {
    rows.push({
      endpoint: `statements: ${s.name}`,
      statements: statementCell(s),
      target: s.key.startsWith("goalsPlanView") ? `≤ ${PLAN_VIEW_STATEMENT_LIMIT} statements` : "",
      pass: s.key.startsWith("goalsPlanView") ? !s.error && s.statements <= PLAN_VIEW_STATEMENT_LIMIT : null,
    });
  }
  rows.push({
    endpoint: "live update: change → subscriber notified",
    p50: r.live.p50,
    p95: r.live.p95,
    target: `${r.live.samples} samples`,
    pass: null,
  });
  rows.push({ endpoint: `peak RSS of next start under load: ${Math.round(r.peakRssMb)} MB`, target: `≤ ${RSS_LIMIT_MB} MB`, pass: r.peakRssMb <= RSS_LIMIT_MB });
  rows.push({
    endpoint: `next start → first plan page: ${r.startToFirstPlanPageSeconds === null ? "never served" : `${r.startToFirstPlanPageSeconds.toFixed(1)} s`}`,
    target: "",
    pass: r.startToFirstPlanPageSeconds === null ? false : null,
  });
  for (const f of r.frontEnd ?? []) {
    rows.push({
      endpoint: f.error ? `front end: ${f.name}: ${f.error}` : `front end: ${f.name}: Lighthouse ${f.performance}, JS ${f.javascriptKb} kB`,
      target: `≥ ${LIGHTHOUSE_MIN}; ≤ ${JS_LIMIT_KB} kB`,
      pass: !f.error && f.performance >= LIGHTHOUSE_MIN && f.javascriptKb <= JS_LIMIT_KB,
    });
  }
  return rows;
}

const cell = (v: number | string | undefined) => (v === undefined ? "" : String(v));
const verdict = (pass: boolean | null) => (pass === null ? "" : pass ? "pass" : "FAIL");

export function markdownTable(rows: Row[]): string {
  const head = "| endpoint | req/s | × baseline | p50 ms | p95 ms | p99 ms | errors | statements | target | result |";
  const rule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |";
  const lines = rows.map(
    (r) =>
      `| ${r.endpoint} | ${cell(r.rps)} | ${cell(r.ratio)} | ${cell(r.p50)} | ${cell(r.p95)} | ${cell(r.p99)} | ${cell(r.errors)} | ${cell(r.statements)} | ${r.target} | ${verdict(r.pass)} |`,
  );
  return [head, rule, ...lines].join("\n");
}

export function consoleTable(rows: Row[]): string {
  const columns: [string, (r: Row) => string][] = [
    ["endpoint", (r) => r.endpoint],
    ["req/s", (r) => cell(r.rps)],
    ["×base", (r) => cell(r.ratio)],
    ["p50", (r) => cell(r.p50)],
    ["p95", (r) => cell(r.p95)],
    ["p99", (r) => cell(r.p99)],
    ["err", (r) => cell(r.errors)],
    ["stmts", (r) => cell(r.statements)],
    ["target", (r) => r.target],
    ["", (r) => verdict(r.pass)],
  ];
  const widths = columns.map(([title, get]) => Math.max(title.length, ...rows.map((r) => get(r).length)));
  const line = (values: string[]) => values.map((v, i) => (i === 0 || i >= 8 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  return [line(columns.map(([t]) => t)), ...rows.map((r) => line(columns.map(([, get]) => get(r))))].join("\n");
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}; ${m.postgres}; ${m.date}`;
}

export function writeResults(dir: string, results: BenchResults, rows: Row[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "latest.json"), JSON.stringify({ ...results, rows }, null, 2) + "\n");
  const statements = results.statements
    .map((s) => (s.error ? `| ${s.name} | not counted: the request failed | | |` : `| ${s.name} | ${s.statements} | ${s.parses} | ${s.roundTrips} |`))
    .join("\n");
  const md = [
    `# npm run bench — ${results.machine.date.slice(0, 10)}`,
    "",
    `Machine: ${machineLine(results)}.`,
    `Data: ${results.config.plans.toLocaleString("en")} plans in 200 organisations; ${results.config.connections} connections, ${results.config.durationSeconds} s per row.`,
    `Seeding ${results.seed.reused ? `reused a seed built in ${results.seed.seconds} s` : `${results.seed.seconds} s`}; build ${results.buildSeconds === null ? "skipped" : `${results.buildSeconds.toFixed(0)} s`}; whole run ${results.totalSeconds.toFixed(0)} s. Deep dashboard page: ${results.dashboardDeepRows} rows in.`,
    "",
    markdownTable(rows),
    "",
    "Statements per request (minimum of 5 tries, counted on the wire by bench/statement-proxy.ts):",
    "",
    "| request | statements | parses | round trips |",
    "| --- | ---: | ---: | ---: |",
    statements,
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "latest.md"), md);
}

export function allPass(rows: Row[]): boolean {
  return rows.every((r) => r.pass !== false);
}
