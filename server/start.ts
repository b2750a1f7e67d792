import { demoLoginsBanner } from "./demo-data";
import { appDb } from "./db";
import { startOutboxWorker } from "./email/outbox-worker";
import { env } from "./env";
import { startJobWorker } from "./jobs/job-worker";
import { logger } from "./logger";

export async function startServer(): Promise<void> {
  const e = env();
  const { handle, demoSeeded } = await appDb();
  if (demoSeeded || (e.seedDemo && e.NODE_ENV !== "production")) console.log(demoLoginsBanner(e.APP_URL));
  startJobWorker(handle.db);
  if (e.SMTP_URL) startOutboxWorker(handle.db, { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, pollMs: e.OUTBOX_POLL_MS });
  else if (!e.devOutboxEnabled) logger.warn("SMTP_URL is not set: emails stay in the outbox table until it is");
}
