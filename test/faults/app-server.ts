import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";
import { startNextFlags, startNodeFlags } from "../../scripts/start-flags.mjs";

export interface AppServer {
  baseUrl: string;
  /** Set once the process exits: the app must stay up through every fault. */
  exit: { code: number | null; signal: string | null } | null;
  stop: () => Promise<void>;
}

const nextBin = path.resolve("node_modules/.bin/next");

/** A production build, as CI deploys it; a run reuses the e2e runs' build when told to. */
export function buildApp(skipBuild: boolean): void {
  if (skipBuild) {
    if (!existsSync(".next/BUILD_ID")) throw new Error("FAULTS_SKIP_BUILD=1 but there is no build in .next: run next build first");
    return;
  }
  try {
    execFileSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  } catch {
    throw new Error("next build failed (its output is above)");
  }
}

/** `next start` on the run's database and SMTP server, its log in a file the summary points to. */
export async function startApp(options: { port: number; databaseUrl: string; smtpUrl: string; logFile: string }): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  // With npm start's Node flags (its heap budget among them), as production runs it.
  const startArgs = [...startNodeFlags(), path.resolve("node_modules/next/dist/bin/next"), "start", ...startNextFlags(), "--port", String(options.port), "--hostname", "127.0.0.1"];
  const child: ChildProcess = spawn(process.execPath, startArgs, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "faults-secret-not-for-production-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      APP_URL: baseUrl,
      DATABASE_URL: options.databaseUrl,
      SMTP_URL: options.smtpUrl,
      // Polled often, so the run's wait for the last emails is short.
      OUTBOX_POLL_MS: "200",
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      // Every session of the run signs up and joins from one address.
      EMAIL_REQUESTS_PER_IP: "1000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = createWriteStream(options.logFile);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const server: AppServer = {
    baseUrl,
    exit: null,
    stop: async () => {
      if (server.exit) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (!server.exit) child.kill("SIGKILL");
    },
  };
  child.once("exit", (code, signal) => (server.exit = { code, signal }));
  await waitForHealthy(baseUrl, server, 90_000);
  return server;
}

async function waitForHealthy(baseUrl: string, server: AppServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exit) throw new Error(`next start exited (${JSON.stringify(server.exit)}) before it was healthy`);
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start was not healthy within ${timeoutMs / 1000} s`);
}
