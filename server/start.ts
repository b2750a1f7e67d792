import { demoLoginsBanner } from "./demo-data";
import { appDb } from "./db";
import { demoAccountsWithPublishedPassword, publishedDemoLoginProblem } from "./demo-guard";
import { startOutboxWorker } from "./email/outbox-worker";
import { env } from "./env";
import { startJobWorker } from "./jobs/job-worker";
import { schedulePurge } from "./jobs/purge";
import { scheduleRetentionSweep } from "./jobs/retention";
import { logger } from "./logger";
import { installShutdown } from "./shutdown";

export async function startServer(): Promise<void> {
  const e = env();
  const { handle, demoSeeded } = await appDb();
  if (e.NODE_ENV === "production") {
    const problem = publishedDemoLoginProblem(await demoAccountsWithPublishedPassword(handle.db));
    if (problem) {
      logger.fatal(problem);
      // A throw here would leave `next start` running and answering 500: exit, so the deployment sees a failed start.
      process.exit(1);
    }
  }
  if (demoSeeded || e.seedDemo) console.log(demoLoginsBanner(e.APP_URL));
  // Idempotent across instances and restarts: each run schedules the next window's.
  await schedulePurge(handle.db);
  await scheduleRetentionSweep(handle.db);
  const stopWorkers = [startJobWorker(handle.db)];
  if (e.SMTP_URL) stopWorkers.push(startOutboxWorker(handle.db, { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, pollMs: e.OUTBOX_POLL_MS, appUrl: e.APP_URL }));
  else if (!e.devOutboxEnabled) logger.warn("SMTP_URL is not set: emails stay in the outbox table until it is");
  installShutdown({ stopWorkers, closeDb: handle.close });
}
