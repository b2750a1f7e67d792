import type { Db } from "@/db/client";
import { logger } from "@/server/logger";
import { AcceptedSends } from "./accepted-sends";
import { smtpTransport } from "./smtp";
import { runOutboxOnce } from "./worker";

/**
 * Polls the outbox in every app instance; SKIP LOCKED in the claim keeps them
 * from sending the same message twice. The state lives in the table, except
 * for acceptances the database failed to record (AcceptedSends), which this
 * process keeps and records before it claims anything else.
 * Returns a stop that ends the polling and waits for a run in progress.
 */
export function startOutboxWorker(
  db: Db,
  options: { smtpUrl: string; from: string; pollMs: number; appUrl: string },
): () => Promise<void> {
  const transport = smtpTransport(options.smtpUrl, options.from);
  const acceptedSends = new AcceptedSends();
  const stopping = new AbortController();
  const messageIdHost = new URL(options.appUrl).hostname;
  let current: Promise<void> | null = null;
  const runOnce = async () => {
    try {
      const result = await runOutboxOnce(db, transport, { acceptedSends, messageIdHost, settle: { signal: stopping.signal } });
      if (result.sent || result.retried || result.failed || result.unrecorded) logger.info(result, "outbox run");
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
    stopping.abort();
    await current;
    // Lost with the process: the claims lapse and these go out again, under the same Message-ID.
    for (const send of acceptedSends.all())
      logger.error({ outboxId: send.id, messageId: send.messageId }, "outbox: stopped with an accepted message not recorded as sent");
  };
}
