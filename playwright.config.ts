import { defineConfig, devices } from "@playwright/test";
import { mailCatcherSmtpPort, mailCatcherUrl } from "./e2e/mail-ports";

/**
 * End-to-end tests run against a production build (`next build` + `next start`),
 * started by e2e/run.mjs, which also picks the browser and builds first.
 */
const port = Number(process.env.E2E_PORT ?? 3200);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
  ],
  // Started in this order: the app's outbox worker sends to the mail catcher from its first poll.
  webServer: [
    {
      command: "npx tsx e2e/mail-catcher.ts",
      url: `${mailCatcherUrl}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `npx next start -p ${port}`,
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
        AUTH_TRUST_HOST: "true",
        APP_URL: baseURL,
        // Real SMTP, polled often so a spec waits for an email a fraction of a second, not five.
        SMTP_URL: `smtp://127.0.0.1:${mailCatcherSmtpPort}`,
        OUTBOX_POLL_MS: "200",
        SEED_DEMO: "false",
        PGLITE_DIR: process.env.PGLITE_DIR ?? ".data/e2e-pglite",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        // Every browser here comes from one address, and the run signs up dozens of recruiters: the
        // default 30 an hour would stop it half way. Still below the 200 attempts with which
        // http-boundary.spec.ts shows that a spoofed X-Forwarded-For does not escape the limit.
        EMAIL_REQUESTS_PER_IP: "150",
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      },
    },
  ],
});
