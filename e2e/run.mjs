#!/usr/bin/env node
// Builds the app, finds a Chromium, and runs Playwright against `next start` on a fresh database.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createFreshDatabase, databaseNameOf, dropDatabase } from "../scripts/databases.mjs";

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

/**
 * On PostgreSQL, a database of its own beside the one named (`<name>_e2e`), as on PGlite a fresh folder:
 * the unit tests leave thousands of unsent emails in theirs, which the server under test would deliver
 * before any email a spec waits for.
 */
async function freshPostgresDatabase(url) {
  const name = `${databaseNameOf(url)}_e2e`;
  return { url: await createFreshDatabase(url, name), drop: () => dropDatabase(url, name) };
}

const database = process.env.DATABASE_URL ? await freshPostgresDatabase(process.env.DATABASE_URL) : null;
if (database) env.DATABASE_URL = database.url;
else rmSync(".data/e2e-pglite", { recursive: true, force: true });
// The pid files of the app instances (e2e/instance.mjs) from an earlier run name processes long gone.
rmSync(".data/e2e-instances", { recursive: true, force: true });
if (!process.env.E2E_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit", env });

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
await database?.drop();
process.exit(result.status ?? 1);
