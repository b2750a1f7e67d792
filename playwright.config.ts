import { defineConfig, devices } from "@playwright/test";
import { portB, twoInstances } from "./e2e/instances";
import { mailCatcherSmtpPort, mailCatcherUrl } from "./e2e/mail-ports";

/**
 * End-to-end tests run against a production build (`next build` + `next start`),
 * started by e2e/run.mjs, which also picks the browser and builds first. Each
 * app instance runs under e2e/instance.mjs, which restarts it after a SIGTERM
 * (a spec restarting the server). On PostgreSQL a second instance (B) shares
 * the database, for e2e/two-instances.spec.ts; PGlite belongs to one process,
 * so there that spec is left out.
 */
const port = Number(process.env.E2E_PORT ?? 3200);
export const baseURL = `http://localhost:${port}`;

function appInstance(instancePort: number) {
  const url = `http://localhost:${instancePort}`;
  return {
    command: `node e2e/instance.mjs ${instancePort}`,
    url: `${url}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    // The supervisor passes it on: `next start` shuts down gracefully, and the run checks that it exits.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      APP_URL: url,
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
  };
}

/** The tests of the main flows, by title, that the phone project runs. */
const mainFlows = [
  // Signs up, uses the header's menus, signs out and back in.
  /every page fits a 375px phone screen/,
  /a recruiter creates, shares, reschedules, duplicates and cancels a plan/,
  /the candidate follows the emailed link, sees the plan/,
  /the candidate prepares in five steps/,
  /after the meeting both sides mark goals, agree next steps/,
  /the recruiter offers three times, the candidate in another time zone picks one/,
];

export default defineConfig({
  testDir: "./e2e",
  // Every test signs up users of its own, so tests run side by side against the same servers, a test at a
  // time per worker; the two that restart a server keep theirs to themselves (the restart project, and
  // two-instances.spec.ts in one worker).
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // On CI one retry, for a machine busy enough to lose a click before hydration: a test that then passes is listed
  // as flaky, one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
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
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: ["phone.spec.ts", "server-restart.spec.ts", ...(twoInstances ? [] : ["two-instances.spec.ts"])],
    },
    // The main flows again on a small phone (touch, mobile viewport): sign up, create and share a plan, the
    // candidate joins and prepares, picks a meeting time, next steps agreed. Only these, to keep the run short.
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 375, height: 812 } },
      testMatch: ["phone.spec.ts", "plans-recruiter.spec.ts", "candidate.spec.ts", "next-steps.spec.ts", "self-scheduling.spec.ts"],
      grep: mainFlows,
    },
    // Restarts instance A, which every other test uses: it runs last, alone.
    {
      name: "restart",
      use: { ...devices["Desktop Chrome"] },
      testMatch: ["server-restart.spec.ts"],
      dependencies: ["desktop", "phone"],
    },
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
    appInstance(port),
    // Started once A is up, so A alone has applied the migrations.
    ...(twoInstances ? [appInstance(portB)] : []),
  ],
});
