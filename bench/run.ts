import { spawn } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { buildApp, sampleRss, startApp, waitUntil, type AppServer } from "./app-server";
import { BASELINE_SESSION_COOKIE } from "./baseline";
import { readConfig, type BenchConfig } from "./config";
import { measureLiveRoundTrip } from "./live-latency";
import { runLoad } from "./load";
import { allPass, buildRows, consoleTable, machineInfo, machineLine, writeResults, type BenchResults, type FrontEndRow } from "./report";
import { buildScenarios, deepDashboardInput, type Sessions } from "./scenarios";
import { seedDatabase } from "./seed";
import { settleDatabase } from "./settle";
import { BENCH_PASSWORD } from "./seed-statements";
import { signIn } from "./sign-in";
import { startStatementProxy } from "./statement-proxy";
import { countStatementsPerRequest, type StatementProbe } from "./statements";
import { bigOrgRecruiter, CANDIDATES_SIGNED_IN, candidateEmail, pickTargets, SEARCH_TERM, sessionTokensOf, smallOrgRecruiter, type Targets } from "./targets";
import { trpcMutation, trpcQuery } from "./trpc-http";

/**
 * `npm run bench`: seed PostgreSQL, build and start the app, sign in over
 * HTTP, drive every scenario with autocannon next to the baseline, measure
 * the live round trip and the front end, then count SQL statements per
 * request on a second instance behind the counting proxy, and report.
 */
const POOL_SIZE = 10;
const LIVE_SAMPLES = 20;
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The baseline in a process of its own, like the app (see baseline-server.ts). */
async function startBaselineProcess(config: BenchConfig, port: number, databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(config.appDir, "bench/baseline-server.ts")], {
    cwd: config.appDir,
    env: { ...process.env, BASELINE_PORT: String(port), BASELINE_DATABASE_URL: databaseUrl, BASELINE_POOL_SIZE: String(POOL_SIZE) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${url}/interview`)).status === 400, 30_000, "baseline");
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function signInEveryone(appUrl: string, databaseUrl: string): Promise<Sessions> {
  const candidates: string[] = [];
  for (let c = 0; c < CANDIDATES_SIGNED_IN; c++) candidates.push((await signIn(appUrl, candidateEmail(c), BENCH_PASSWORD)).cookie);
  return {
    bigOrgRecruiter: (await signIn(appUrl, bigOrgRecruiter, BENCH_PASSWORD)).cookie,
    smallOrgRecruiter: (await signIn(appUrl, smallOrgRecruiter, BENCH_PASSWORD)).cookie,
    candidates,
    baselineTokens: await sessionTokensOf(databaseUrl, Array.from({ length: CANDIDATES_SIGNED_IN }, (_, c) => candidateEmail(c))),
  };
}

/** bench/front-end.ts is written separately; without it the run still completes. */
async function measureFrontEndIfPresent(config: BenchConfig, appUrl: string, sessions: Sessions, targets: Targets): Promise<FrontEndRow[] | null> {
  if (process.env.BENCH_SKIP_FRONT_END === "1") {
    log("front end: skipped (BENCH_SKIP_FRONT_END=1)");
    return null;
  }
  const modulePath = "./front-end";
  const frontEnd = (await import(modulePath).catch(() => null)) as {
    measureFrontEnd?: (opts: { baseUrl: string; chromiumPath: string; pages: { name: string; path: string; cookie?: string }[]; runs?: number }) => Promise<FrontEndRow[]>;
  } | null;
  if (!frontEnd?.measureFrontEnd) {
    log("front end: not measured");
    return null;
  }
  const candidatePlan = targets.candidatePlans[1]![0]!;
  const pages = [
    { name: "sign-in", path: "/sign-in" },
    { name: "dashboard", path: "/dashboard", cookie: sessions.bigOrgRecruiter },
    { name: "recruiter plan page", path: `/plans/${targets.bigOrgPlans[0]}`, cookie: sessions.bigOrgRecruiter },
    { name: "candidate plan page", path: `/interviews/${candidatePlan}`, cookie: sessions.candidates[1] },
  ];
  // One page at a time: a page Lighthouse cannot load (an error page) costs its own row, not the others'.
  const rows: FrontEndRow[] = [];
  for (const page of pages) {
    try {
      rows.push(...(await frontEnd.measureFrontEnd({ baseUrl: appUrl, chromiumPath: config.chromiumPath, runs: config.lighthouseRuns, pages: [page] })));
      log(`front end: ${page.name}: Lighthouse ${rows.at(-1)!.performance}, JS ${rows.at(-1)!.javascriptKb} kB`);
    } catch (error) {
      log(`front end: ${page.name}: not measured: ${(error instanceof Error ? error.message : String(error)).slice(0, 160)}`);
      rows.push({ name: page.name, performance: 0, javascriptKb: 0, error: "not measured" });
    }
  }
  return rows;
}

/** Time from spawning `next start` to the first 200 of a plan page that shows the plan; null when it never came. */
async function timeToFirstPlanPage(server: AppServer, plan: { id: string; candidateName: string }, cookie: string, spawnedAt: number) {
  try {
    await waitUntil(
      async () => {
        const response = await fetch(`${server.url}/plans/${plan.id}`, { headers: { cookie } });
        return response.status === 200 && (await response.text()).includes(plan.candidateName);
      },
      60_000,
      "the first plan page",
    );
    return (performance.now() - spawnedAt) / 1000;
  } catch {
    return null;
  }
}

function statementProbes(
  appUrl: string,
  baselineUrl: string,
  sessions: Sessions,
  targets: Targets,
  reservedSteps: Targets["stepsToConfirm"],
  deepInput: Record<string, unknown>,
): (StatementProbe & { key: string })[] {
  const candidate = sessions.candidates[0]!;
  const recruiter = sessions.bigOrgRecruiter;
  const planOfCandidate0 = targets.viewPlanId;
  const page = (path: string, cookie: string) => () => ({ path, headers: { cookie } });
  const probes: (StatementProbe & { key: string })[] = [
    { key: "baseline", name: "baseline", baseUrl: baselineUrl, request: page(`/interview?planId=${planOfCandidate0}`, `${BASELINE_SESSION_COOKIE}=${sessions.baselineTokens[0]}`) },
    { key: "candidatePlanQuery", name: "interview.get", baseUrl: appUrl, request: () => trpcQuery("interview.get", { planId: planOfCandidate0 }, candidate) },
    { key: "candidatePlanPage", name: "/interviews/<id>", baseUrl: appUrl, request: page(`/interviews/${planOfCandidate0}`, candidate) },
    { key: "recruiterPlanPage", name: "/plans/<id>", baseUrl: appUrl, request: page(`/plans/${planOfCandidate0}`, recruiter) },
    { key: "dashboardFirst", name: "plan.list first page", baseUrl: appUrl, request: () => trpcQuery("plan.list", {}, recruiter) },
    { key: "dashboardDeep", name: "plan.list ~2,000 rows deep", baseUrl: appUrl, request: () => trpcQuery("plan.list", deepInput, recruiter) },
    { key: "dashboardSearch", name: "plan.list search", baseUrl: appUrl, request: () => trpcQuery("plan.list", { search: SEARCH_TERM }, recruiter) },
    { key: "dashboardPage", name: "/dashboard", baseUrl: appUrl, request: page("/dashboard", recruiter) },
  ];
  for (const [label, planId] of [["0 goals", targets.zeroGoalsPlanId], ["50 goals", targets.fiftyGoalsPlanId]] as const) {
    probes.push(
      { key: "goalsPlanView", name: `interview.get, plan with ${label}`, baseUrl: appUrl, request: () => trpcQuery("interview.get", { planId }, candidate) },
      { key: "goalsPlanViewPage", name: `/interviews/<id>, plan with ${label}`, baseUrl: appUrl, request: page(`/interviews/${planId}`, candidate) },
      { key: "goalsPlanViewPageRecruiter", name: `/plans/<id>, plan with ${label}`, baseUrl: appUrl, request: page(`/plans/${planId}`, recruiter) },
      { key: "goalsList", name: `goal.list, plan with ${label}`, baseUrl: appUrl, request: () => trpcQuery("goal.list", { planId }, candidate) },
    );
  }
  let goal = 0;
  probes.push(
    {
      key: "confirmStep",
      name: "nextStep.confirm",
      baseUrl: appUrl,
      request: () => {
        const s = reservedSteps.pop()!;
        return trpcMutation("nextStep.confirm", { planId: s.planId, stepId: s.stepId, expectedVersion: s.version }, recruiter, appUrl);
      },
    },
    {
      key: "addGoal",
      name: "goal.add",
      baseUrl: appUrl,
      request: () =>
        trpcMutation("goal.add", { planId: targets.goalPlans[goal++]!, kind: "team_goal", text: "Counted goal", priority: "should", visibility: "shared" }, recruiter, appUrl),
    },
  );
  return probes;
}

async function main() {
  const startedAt = performance.now();
  const config = readConfig();
  log(`bench: ${config.plans} plans, ${config.connections} connections, ${config.durationSeconds} s per scenario, database ${config.databaseName}`);
  const seed = await seedDatabase(config, log);
  const buildSeconds = config.skipBuild ? null : await buildApp(config.appDir);
  if (buildSeconds !== null) log(`build: ${buildSeconds.toFixed(0)} s`);

  const app = startApp({ appDir: config.appDir, port: config.ports.app, databaseUrl: config.databaseUrl, poolSize: POOL_SIZE, logFile: path.join(config.appDir, "bench/results/app.log") });
  const cleanups: (() => Promise<void>)[] = [() => app.stop()];
  try {
    await waitUntil(async () => (await fetch(`${app.url}/api/health`)).ok, 120_000, "next start");
    const sessions = await signInEveryone(app.url, config.databaseUrl);
    const targets = await pickTargets(config.databaseUrl, seed);
    // The statement counts confirm steps of their own, never ones the load phase will try.
    const reservedSteps = targets.stepsToConfirm.splice(-20);
    const baseline = await startBaselineProcess(config, config.ports.baseline, config.databaseUrl);
    cleanups.push(() => baseline.stop());
    const deep = await deepDashboardInput(app.url, sessions.bigOrgRecruiter);
    const scenarios = buildScenarios({ appUrl: app.url, targets, sessions, deepInput: deep.input });

    const rss = sampleRss(app);
    const load: BenchResults["load"] = [];
    for (const scenario of scenarios) {
      const result = await runLoad({
        name: scenario.name,
        baseUrl: scenario.target === "baseline" ? baseline.url : app.url,
        connections: config.connections,
        durationSeconds: config.durationSeconds,
        next: scenario.next,
      });
      load.push({ ...result, key: scenario.key });
      const codes = Object.keys(result.statusCodes).length ? ` ${JSON.stringify(result.statusCodes)}` : "";
      log(`load: ${scenario.name.padEnd(42)} ${String(result.requestsPerSecond).padStart(7)} req/s  p95 ${result.p95} ms  errors ${result.errors}${codes}`);
      // What the row left running (a slow statement, requests queued for a pool connection) must not slow the next.
      const settled = await settleDatabase(config.databaseUrl);
      if (settled > 1) log(`load: waited ${settled.toFixed(1)} s for the database to finish the row's statements`);
    }
    // The baseline once more at the end: on a shared machine the background load drifts during the run,
    // and the ratios are taken against the mean of both.
    const first = scenarios[0]!;
    const again = await runLoad({ name: "baseline, again after the app's rows", baseUrl: baseline.url, connections: config.connections, durationSeconds: config.durationSeconds, next: first.next });
    load.push({ ...again, key: "baselineAgain" });
    log(`load: ${again.name.padEnd(42)} ${String(again.requestsPerSecond).padStart(7)} req/s  p95 ${again.p95} ms  errors ${again.errors}`);
    rss.stop();
    log(`rss: peak ${Math.round(rss.peak)} MB`);
    const live = await measureLiveRoundTrip({
      appUrl: app.url,
      planId: targets.livePlanId,
      candidateCookie: sessions.candidates[0]!,
      recruiterCookie: sessions.bigOrgRecruiter,
      samples: LIVE_SAMPLES,
    });
    log(`live: p50 ${live.p50} ms, p95 ${live.p95} ms`);
    const frontEnd = await measureFrontEndIfPresent(config, app.url, sessions, targets);
    await baseline.stop();
    await app.stop();
    cleanups.length = 0;

    // Second phase, quiet machine: a fresh instance behind the counting proxy (its start is the "first plan page" figure).
    const database = new URL(config.databaseUrl);
    const proxy = await startStatementProxy({ port: config.ports.proxy, target: { host: database.hostname, port: Number(database.port || 5432) } });
    cleanups.push(() => proxy.close());
    const proxiedUrl = new URL(config.databaseUrl);
    proxiedUrl.hostname = "127.0.0.1";
    proxiedUrl.port = String(config.ports.proxy);
    const spawnedAt = performance.now();
    const counted = startApp({ appDir: config.appDir, port: config.ports.countedApp, databaseUrl: proxiedUrl.toString(), poolSize: POOL_SIZE, logFile: path.join(config.appDir, "bench/results/counted-app.log") });
    cleanups.push(() => counted.stop());
    const startToFirstPlanPageSeconds = await timeToFirstPlanPage(counted, targets.firstPagePlan, sessions.bigOrgRecruiter, spawnedAt);
    log(`start: first plan page ${startToFirstPlanPageSeconds === null ? "never served (see bench/results/counted-app.log)" : `${startToFirstPlanPageSeconds.toFixed(1)} s after spawning next start`}`);
    // The counted instance is up either way; without a served page its readiness is its health check.
    await waitUntil(async () => (await fetch(`${counted.url}/api/health`)).ok, 60_000, "the counted instance");
    const countedBaseline = await startBaselineProcess(config, config.ports.countedApp + 1, proxiedUrl.toString());
    cleanups.push(() => countedBaseline.stop());
    const statements: BenchResults["statements"] = [];
    for (const probe of statementProbes(counted.url, countedBaseline.url, sessions, targets, reservedSteps, deep.input)) {
      const [result] = await countStatementsPerRequest([probe], proxy.counts);
      statements.push({ ...result!, key: probe.key });
      log(
        result!.error
          ? `statements: ${probe.name.padEnd(40)} not counted: ${result!.error.slice(0, 120)}`
          : `statements: ${probe.name.padEnd(40)} ${result!.statements} (parses ${result!.parses}, round trips ${result!.roundTrips})`,
      );
    }

    const sql = postgres(config.databaseUrl, { max: 1 });
    const [{ server_version: pgVersion }] = (await sql`show server_version`) as unknown as [{ server_version: string }];
    await sql.end();
    const results: BenchResults = {
      machine: machineInfo(`PostgreSQL ${pgVersion}`),
      config: { plans: config.plans, durationSeconds: config.durationSeconds, connections: config.connections },
      seed: { seconds: seed.seconds, reused: seed.reused },
      buildSeconds,
      startToFirstPlanPageSeconds,
      peakRssMb: Math.round(rss.peak),
      dashboardDeepRows: deep.rowsDeep,
      load,
      live,
      statements,
      frontEnd,
      totalSeconds: (performance.now() - startedAt) / 1000,
    };
    const rows = buildRows(results);
    log("");
    log(consoleTable(rows));
    log("");
    log(`machine: ${machineLine(results)}`);
    log(`seeding: ${seed.reused ? `reused (built in ${seed.seconds} s)` : `${seed.seconds} s`}; total run: ${results.totalSeconds.toFixed(0)} s`);
    writeResults(path.join(config.appDir, "bench/results"), results, rows);
    log("written: bench/results/latest.json, bench/results/latest.md");
    if (!allPass(rows)) {
      log("some targets are not met (see FAIL above)");
      if (config.strict) process.exitCode = 1;
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
