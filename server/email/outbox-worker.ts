import type { Db } from "@/db/client";
import { logger } from "@/server/logger";
import { smtpTransport } from "./smtp";
import { runOutboxOnce } from "./worker";

/**
 * Polls the outbox in every app instance; SKIP LOCKED in the claim keeps them
 * from sending the same message twice. The state lives in the table, not here.
 * Returns a stop that ends the polling and waits for a run in progress.
 */
export function startOutboxWorker(db: Db, options: { smtpUrl: string; from: string; pollMs: number }): () => Promise<void> {
  const transport = smtpTransport(options.smtpUrl, options.from);
  let current: Promise<void> | null = null;
  const runOnce = async () => {
    try {
      const result = await runOutboxOnce(db, transport);
      if (result.sent || result.retried || result.failed) logger.info(result, "outbox run");
    } catch (error) {
      logger.error({ err: error }, "outbox run failed");
    }
  };
  const timer = setInterval(() => {
    current ??= runOnce().finally(() => (current = null));
  }, options.pollMs);
  timer.unref();
  logger.info("outbox worker started");
  return async () => {
    clearInterval(timer);
    await current;
  };
}
