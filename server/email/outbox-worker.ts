import type { Db } from "@/db/client";
import { logger } from "@/server/logger";
import { smtpTransport } from "./smtp";
import { runOutboxOnce } from "./worker";

/**
 * Polls the outbox in every app instance; SKIP LOCKED in the claim keeps them
 * from sending the same message twice. The state lives in the table, not here.
 */
export function startOutboxWorker(db: Db, options: { smtpUrl: string; from: string; pollMs: number }): void {
  const transport = smtpTransport(options.smtpUrl, options.from);
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const result = await runOutboxOnce(db, transport);
      if (result.sent || result.retried || result.failed) logger.info(result, "outbox run");
    } catch (error) {
      logger.error({ err: error }, "outbox run failed");
    } finally {
      running = false;
    }
  }, options.pollMs);
  timer.unref();
  logger.info("outbox worker started");
}
