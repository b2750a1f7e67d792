#!/usr/bin/env node
// Runs one app instance (`next start -p <port>`) for the e2e run, and runs it again whenever it exits after a
// SIGTERM sent to it alone: a spec restarts the server as a deployment would. The current process's pid is in
// .data/e2e-instances/<port>.pid. Stopping this supervisor (Playwright does at the end) stops the instance for good.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startNextFlags, startNodeFlags } from "../scripts/start-flags.mjs";

const port = Number(process.argv[2]);
if (!port) {
  console.error("usage: node e2e/instance.mjs <port>");
  process.exit(2);
}
const pidFile = path.resolve(".data", "e2e-instances", `${port}.pid`);
mkdirSync(path.dirname(pidFile), { recursive: true });

let stopping = false;
let child = null;

function start() {
  child = spawn(process.execPath, [...startNodeFlags(), path.resolve("node_modules", "next", "dist", "bin", "next"), "start", ...startNextFlags(), "-p", String(port)], {
    stdio: "inherit",
    env: process.env,
  });
  writeFileSync(pidFile, String(child.pid));
  child.on("exit", (code, signal) => {
    if (stopping) {
      rmSync(pidFile, { force: true });
      process.exit(0);
    }
    // 143: `next start` exiting after its own SIGTERM handling, as a restart asks.
    if (code === 143 || signal === "SIGTERM") {
      console.log(`[instance ${port}] restarting after SIGTERM`);
      start();
      return;
    }
    console.error(`[instance ${port}] exited (${signal ?? code})`);
    rmSync(pidFile, { force: true });
    process.exit(code ?? 1);
  });
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    stopping = true;
    if (child && child.exitCode === null) child.kill(signal);
    else process.exit(0);
  });
}

start();
