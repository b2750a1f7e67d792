import type { Db } from "@/db/client";
import { logger } from "@/server/logger";
import { runDueJobs } from "./queue";
import { purgeHandlers } from "./purge";
import { notificationDigestHandlers } from "./notification-digest";
import { reminderHandlers } from "./reminders";
import { retentionHandlers } from "./retention";

const handlers = { ...reminderHandlers, ...purgeHandlers, ...notificationDigestHandlers, ...retentionHandlers };

const POLL_INTERVAL_MS = 30_000;

/**
 * Runs due jobs in every app instance. Claims use SKIP LOCKED and handlers
 * re-check their preconditions, so several instances never double-send.
 * Returns a stop that ends the polling and waits for a run in progress.
 */
export function startJobWorker(db: Db): () => Promise<void> {
  let current: Promise<void> | null = null;
  const runOnce = async () => {
    try {
      const counts = await runDueJobs(db, handlers);
      if (counts.done || counts.skipped || counts.failed) logger.info(counts, "jobs run");
    } catch (error) {
      logger.error({ err: error }, "job run failed");
    }
  };
  const timer = setInterval(() => {
    current ??= runOnce().finally(() => (current = null));
  }, POLL_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
