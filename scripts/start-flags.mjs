import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The flags `npm start` runs `next start` with (package.json's "start" script, the one place they are decided), for
 * the launchers that start the server themselves (the e2e instances, the benchmark, the fault test) so they run it
 * exactly as production does: `node <Node flags> …/next start <next start flags>`.
 */
function startScript(appDir) {
  const { scripts } = JSON.parse(readFileSync(path.join(appDir, "package.json"), "utf8"));
  return String(scripts.start).trim().split(/\s+/);
}

/** The flags Node runs with (the heap budget). */
export function startNodeFlags(appDir = process.cwd()) {
  const [command, ...rest] = startScript(appDir);
  if (command !== "node") return [];
  const flags = [];
  for (const token of rest) {
    if (!token.startsWith("--")) break;
    flags.push(token);
  }
  return flags;
}

/** The options `next start` runs with (the keep-alive timeout); a launcher adds its own port and host. */
export function startNextFlags(appDir = process.cwd()) {
  const tokens = startScript(appDir);
  const start = tokens.indexOf("start");
  return start < 0 ? [] : tokens.slice(start + 1);
}
