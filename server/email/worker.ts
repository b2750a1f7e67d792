import { and, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox, type OutboxMessage } from "@/db/schema";
import { bodyWithoutCredentialLinks } from "./credential-links";

export interface MailTransport {
  send(message: {
    to: string;
    subject: string;
    text: string;
    attachments: { filename: string; contentType: string; content: string }[];
  }): Promise<void>;
}

export interface OutboxRunOptions {
  batchSize?: number;
  maxAttempts?: number;
  /** How long a claimed message stays reserved; a crashed worker's messages are retried after it. */
  lockSeconds?: number;
  now?: Date;
}

export interface OutboxRunResult {
  sent: number;
  retried: number;
  failed: number;
}

/** Exponential backoff: 1 min, 2, 4 … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED, so any number of workers
 * (one per app instance) can run at once without sending a message twice.
 */
export async function claimDueMessages(db: Db, batchSize: number, lockSeconds: number, now: Date) {
  const nowIso = now.toISOString();
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
        and(eq(outbox.status, "sending"), lte(outbox.lockedUntil, now)),
      ),
    )
    .orderBy(outbox.createdAt)
    .limit(batchSize)
    .for("update", { skipLocked: true });
  return db
    .update(outbox)
    .set({
      status: "sending",
      lockedUntil: sql`${nowIso}::timestamptz + make_interval(secs => ${lockSeconds})`,
    })
    .where(inArray(outbox.id, due))
    .returning();
}

export async function runOutboxOnce(db: Db, transport: MailTransport, options: OutboxRunOptions = {}) {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? 8;
  const claimed: OutboxMessage[] = await claimDueMessages(db, options.batchSize ?? 20, options.lockSeconds ?? 120, now);
  const result: OutboxRunResult = { sent: 0, retried: 0, failed: 0 };
  for (const message of claimed) {
    // Only the worker still holding the claim may settle a message: if a send outlived the
    // lock and another worker took the message over, this one must not overwrite its outcome.
    const stillMine = and(
      eq(outbox.id, message.id),
      eq(outbox.status, "sending"),
      eq(outbox.lockedUntil, message.lockedUntil!),
    );
    try {
      await transport.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        attachments: message.attachments,
      });
      // Sent: the recipient has the link, so the stored copy keeps none (the outbox is not a store of live tokens).
      await db
        .update(outbox)
        .set({
          status: "sent",
          sentAt: new Date(),
          lockedUntil: null,
          attempts: message.attempts + 1,
          lastError: null,
          textBody: bodyWithoutCredentialLinks(),
        })
        .where(stillMine);
      result.sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const giveUp = attempts >= maxAttempts;
      await db
        .update(outbox)
        .set({
          status: giveUp ? "failed" : "pending",
          attempts,
          lockedUntil: null,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
          // Given up on: nobody will receive the link, so nobody may read it here either.
          ...(giveUp ? { textBody: bodyWithoutCredentialLinks() } : {}),
        })
        .where(stillMine);
      if (giveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}
