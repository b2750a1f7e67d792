/**
 * npm run test:faults — the database fails under load and the app must take it well:
 * its own PostgreSQL server, a production build under `next start`, a real SMTP server, ten signed-in
 * sessions at a steady rate, then a clean restart, a crash restart, a 20-second outage and a database host
 * that stops answering for 10 seconds. Prints what it checked and exits non-zero if anything failed. Not a
 * Vitest file (no .test.ts): it starts servers and takes minutes.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "@/db/client";
import { startSmtpInbox } from "../smtp-inbox";
import { setUpPair } from "./actors";
import { buildApp, startApp } from "./app-server";
import {
  appStayedUp,
  cleanErrors,
  emailsDeliveredOnce,
  fastAnswersDuringOutages,
  healthFollowedTheDatabase,
  recoveredByItself,
  writesKept,
  type CheckResult,
} from "./checks";
import { faultsConfig } from "./config";
import { runFaults } from "./fault-schedule";
import { watchHealth } from "./health-watch";
import { driveLoad } from "./load";
import { PostgresServer } from "./postgres-server";
import { TcpRelay } from "./tcp-relay";

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

async function main(): Promise<boolean> {
  const started = Date.now();
  const config = faultsConfig();
  const logDir = mkdtempSync(path.join(tmpdir(), "faults-run-"));
  const pg = new PostgresServer(config.pgPort, config.pgBin);
  const relay = new TcpRelay({ host: "127.0.0.1", port: config.pgPort });
  const inbox = await startSmtpInbox();
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    console.log(config.skipBuild ? "Reusing the build in .next" : "Building (next build)");
    buildApp(config.skipBuild);
    await pg.init();
    await pg.start();
    console.log(`PostgreSQL of the run on port ${config.pgPort} (${seconds(started)})`);
    const relayed = new URL(pg.url);
    relayed.port = String(await relay.listen());
    app = await startApp({ port: config.appPort, databaseUrl: relayed.href, smtpUrl: inbox.url, logFile: path.join(logDir, "app.log") });
    console.log(`next start on ${app.baseUrl} (${seconds(started)}); logs in ${logDir}`);

    const pairs = await Promise.all(Array.from({ length: config.pairs }, () => setUpPair(app!.baseUrl, inbox)));
    console.log(`${pairs.length * 2} sessions signed in over HTTP (${seconds(started)}); load at ${config.requestsPerSecond} requests/s, faults:`);

    let endLoad!: () => void;
    const loadEnds = new Promise<void>((resolve) => (endLoad = resolve));
    const loading = driveLoad(pairs, config.requestsPerSecond, loadEnds);
    const watching = watchHealth(app.baseUrl, 250, loadEnds);
    const outages = await runFaults(pg, relay, {
      quietMs: 12_000,
      longStopMs: 20_000,
      silentMs: 10_000,
      silentAnswerMs: config.silentHostAnswerMs,
    }).finally(endLoad);
    const loadEnd = Date.now();
    const [log, health] = await Promise.all([loading, watching]);

    const verify = await createDb({ databaseUrl: pg.url, poolSize: 2 });
    const results: CheckResult[] = [];
    try {
      results.push(
        appStayedUp(app, log),
        fastAnswersDuringOutages(log, outages, config.outageAnswerMs, config.hangMs),
        cleanErrors(log),
        healthFollowedTheDatabase(health, outages, config.recoveryMs, config.outageAnswerMs),
        recoveredByItself(log, outages, config.recoveryMs, loadEnd),
        await writesKept(verify.db, log.writes),
        await emailsDeliveredOnce(verify.db, inbox, new URL(app.baseUrl).hostname, 30_000),
      );
    } finally {
      await verify.close();
    }

    console.log(`\nFaults under load: ${seconds(started)} in all`);
    for (const result of results) {
      console.log(`${result.ok ? "✓" : "✗"} ${result.name}`);
      for (const line of result.details) console.log(`    ${line}`);
    }
    const failed = results.filter((r) => !r.ok);
    console.log(failed.length ? `\n${failed.length} of ${results.length} checks failed (app log: ${logDir}/app.log)` : `\nAll ${results.length} checks passed`);
    return !failed.length;
  } finally {
    await app?.stop();
    await inbox.close();
    await relay.close();
    await pg.destroy();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error("The fault run could not complete:", error);
    process.exit(1);
  },
);
