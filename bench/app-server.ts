import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startNextFlags, startNodeFlags } from "../scripts/start-flags.mjs";

/**
 * The app as production runs it: `next build`, then `next start` with
 * NODE_ENV=production on PostgreSQL. Each instance runs in its own process
 * group so stopping it stops Next's worker processes too.
 */
export interface AppServer {
  url: string;
  pid: number;
  /** Resident memory of the server and all its child processes, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
}

/** The secret signs the session cookie; a fixed one keeps a rerun's cookies meaningful only to this run's server. */
export const BENCH_AUTH_SECRET = "bench-secret-not-for-production-0123456789abcdef";

const nextBin = (appDir: string) => path.join(appDir, "node_modules/next/dist/bin/next");

/** Runs to completion; throws with the output's tail when it fails. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`))));
  });
}

export async function buildApp(appDir: string): Promise<number> {
  const started = performance.now();
  await run(process.execPath, [nextBin(appDir), "build"], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  return (performance.now() - started) / 1000;
}

export interface StartOptions {
  appDir: string;
  port: number;
  databaseUrl: string;
  poolSize: number;
  /** The server's stdout and stderr go here (errors logged under load are the first thing to read). */
  logFile: string;
}

export function startApp(options: StartOptions): AppServer {
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    AUTH_SECRET: BENCH_AUTH_SECRET,
    APP_URL: url,
    AUTH_URL: url,
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    // No SMTP_URL: emails stay in the outbox table, so the benchmark measures the app, not a mail server.
  };
  const child = spawn(process.execPath, [...startNodeFlags(options.appDir), nextBin(options.appDir), "start", ...startNextFlags(options.appDir), "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: options.appDir,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const logStream = createWriteStream(options.logFile);
  const keep = (chunk: Buffer) => {
    logStream.write(chunk);
    tail = (tail + chunk.toString()).slice(-4_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("exit", (code, signal) => {
    if (!stopping) process.stderr.write(`next start on ${options.port} exited (${code ?? signal}):\n${tail}\n`);
  });
  let stopping = false;
  return {
    url,
    pid: child.pid!,
    rssMb: () => treeRssMb(child.pid!),
    stop: async () => {
      stopping = true;
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      logStream.end();
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** VmRSS of a process and its descendants, read from /proc (children found through their parent pid). */
export function treeRssMb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may contain spaces and parentheses: the fields after the last ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we read.
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += match ? Number(match[1]) : 0;
    } catch {
      // Gone.
    }
  }
  return kb / 1024;
}

/** Polls until `ready` says yes; returns the seconds it took. */
export async function waitUntil(ready: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await ready().catch(() => false)) return (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not ready within ${timeoutMs / 1000} s`);
}

/** Samples the tree's RSS while load runs; `peak` is the highest sample. */
export function sampleRss(server: AppServer, everyMs = 250) {
  let peak = server.rssMb();
  const timer = setInterval(() => (peak = Math.max(peak, server.rssMb())), everyMs);
  return {
    get peak() {
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}
