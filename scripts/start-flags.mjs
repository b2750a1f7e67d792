import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The Node flags `npm start` runs `next start` with (package.json's "start" script, the one place they are
 * decided), for the launchers that start the server themselves (the e2e instances, the benchmark) so they
 * run it exactly as production does.
 */
export function startNodeFlags(appDir = process.cwd()) {
  const { scripts } = JSON.parse(readFileSync(path.join(appDir, "package.json"), "utf8"));
  const [command, ...rest] = String(scripts.start).trim().split(/\s+/);
  if (command !== "node") return [];
  const flags = [];
  for (const token of rest) {
    if (!token.startsWith("--")) break;
    flags.push(token);
  }
  return flags;
}
