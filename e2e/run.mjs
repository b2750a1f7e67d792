#!/usr/bin/env node
// Builds the app, finds a Chromium, and runs Playwright against `next start`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

function findSystemChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p) => p && existsSync(p));
}

function ensureBrowser() {
  const system = findSystemChromium();
  if (system) return system;
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status === 0) return undefined; // Playwright's own browser
  console.error(
    "No browser for end-to-end tests: install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

const executable = ensureBrowser();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (executable) env.PLAYWRIGHT_CHROMIUM_PATH = executable;

if (!process.env.DATABASE_URL) rmSync(".data/e2e-pglite", { recursive: true, force: true });
if (!process.env.E2E_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit", env });

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
