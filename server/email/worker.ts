import { and, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox, type OutboxAttachment, type OutboxMessage } from "@/db/schema";
import { AcceptedSends, settleAcceptedSends, type SettleOptions } from "./accepted-sends";
import { bodyWithoutCredentialLinks } from "./credential-links";
import { outboxMessageId } from "./message-id";

export interface MailTransport {
  send(message: {
    /** Stable per outbox row (outboxMessageId), so a copy sent twice is recognisable as the same message. */
    messageId: string;
    to: string;
    subject: string;
    text: string;
    attachments: { filename: string; contentType: string; content: string }[];
    /** The meeting invitation, for the transport to send as the text/calendar part calendar apps act on. */
    calendar?: { method: "REQUEST" | "CANCEL"; filename: string; content: string };
  }): Promise<void>;
}

export interface OutboxRunOptions {
  batchSize?: number;
  maxAttempts?: number;
  /** How long a claimed message stays reserved; a crashed worker's messages are retried after it. */
  lockSeconds?: number;
  now?: Date;
  /** The app's host name, the right-hand side of every Message-ID. */
  messageIdHost?: string;
  /**
   * Acceptances not recorded yet, kept across runs by the polling loop (one per process). Without it a run
   * starts with a ledger of its own, so what it cannot record before its claims lapse is forgotten.
   */
  acceptedSends?: AcceptedSends;
  /** Pacing and the early stop of the retries that record an acceptance. */
  settle?: SettleOptions;
}

export interface OutboxRunResult {
  sent: number;
  retried: number;
  failed: number;
  /** Accepted by the SMTP server, not yet recorded as sent: the worker claims nothing until they are. */
  unrecorded: number;
}


/** The stored attachments split into files and the invitation (an entry with an iTIP method). */
function partsOf(stored: OutboxAttachment[]) {
  const attachments = stored.filter((a) => !a.method).map(({ filename, contentType, content }) => ({ filename, contentType, content }));
  const invitation = stored.find((a) => a.method);
  return {
    attachments,
    ...(invitation?.method ? { calendar: { method: invitation.method, filename: invitation.filename, content: invitation.content } } : {}),
  };
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
    // Rows queued by one statement share created_at: the id settles their order, so every worker agrees on it.
    .orderBy(outbox.createdAt, outbox.id)
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

export async function runOutboxOnce(db: Db, transport: MailTransport, options: OutboxRunOptions = {}): Promise<OutboxRunResult> {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? 8;
  const lockSeconds = options.lockSeconds ?? 120;
  const ledger = options.acceptedSends ?? new AcceptedSends();
  const result: OutboxRunResult = { sent: 0, retried: 0, failed: 0, unrecorded: 0 };
  // What an earlier run could not record comes first: claiming more while the database fails would only add to it.
  if (ledger.size) {
    const before = ledger.size;
    await settleAcceptedSends(db, ledger, options.settle);
    result.sent += before - ledger.size;
    result.unrecorded = ledger.size;
    if (ledger.size) return result;
  }
  const claimed: OutboxMessage[] = await claimDueMessages(db, options.batchSize ?? 20, lockSeconds, now);
  // Measured on the wall clock from the claim, whatever `now` the caller runs at.
  const claimExpiresAt = Date.now() + lockSeconds * 1000;
  for (const message of claimed) {
    const messageId = outboxMessageId(message.id, options.messageIdHost ?? "localhost");
    try {
      await transport.send({
        messageId,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        ...partsOf(message.attachments),
      });
    } catch (error) {
      await recordFailure(db, message, error, { now, maxAttempts, result });
      continue;
    }
    ledger.add({ id: message.id, messageId, lockedUntil: message.lockedUntil!, attempts: message.attempts, claimExpiresAt });
    await settleAcceptedSends(db, ledger, options.settle);
    if (ledger.size) {
      // The database failed after the SMTP server took the message: the rest of the batch stays claimed
      // and unsent (their claims lapse and they are sent later), so no other acceptance piles up unrecorded.
      result.unrecorded = ledger.size;
      return result;
    }
    result.sent++;
  }
  return result;
}

async function recordFailure(
  db: Db,
  message: OutboxMessage,
  error: unknown,
  run: { now: Date; maxAttempts: number; result: OutboxRunResult },
): Promise<void> {
  const attempts = message.attempts + 1;
  const giveUp = attempts >= run.maxAttempts;
  // Only the worker still holding the claim may settle a message: if a send outlived the
  // lock and another worker took the message over, this one must not overwrite its outcome.
  await db
    .update(outbox)
    .set({
      status: giveUp ? "failed" : "pending",
      attempts,
      lockedUntil: null,
      nextAttemptAt: new Date(run.now.getTime() + retryDelayMs(attempts)),
      lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
      // Given up on: nobody will receive the link, so nobody may read it here either.
      ...(giveUp ? { textBody: bodyWithoutCredentialLinks() } : {}),
    })
    .where(and(eq(outbox.id, message.id), eq(outbox.status, "sending"), eq(outbox.lockedUntil, message.lockedUntil!)));
  if (giveUp) run.result.failed++;
  else run.result.retried++;
}
