import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { logger } from "@/server/logger";
import { bodyWithoutCredentialLinks } from "./credential-links";

/** A message the SMTP server accepted whose row is not marked sent yet (the database failed right after the send). */
export interface AcceptedSend {
  id: string;
  messageId: string;
  /** The claim as written by this worker: only while the row still carries it is the message ours to settle. */
  lockedUntil: Date;
  attempts: number;
  /** Wall-clock time (ms) at which the claim lapses and another worker could take the message over. */
  claimExpiresAt: number;
}

/**
 * The acceptances this process could not record yet. It outlives a single run:
 * while it is not empty the worker records these before it claims anything, and
 * it never sends them again, so an outage between the send and the UPDATE can
 * cost a delay but not a second delivery.
 */
export class AcceptedSends {
  private readonly pending = new Map<string, AcceptedSend>();

  add(send: AcceptedSend): void {
    this.pending.set(send.id, send);
  }

  get size(): number {
    return this.pending.size;
  }

  all(): AcceptedSend[] {
    return [...this.pending.values()];
  }

  settled(id: string): void {
    this.pending.delete(id);
  }
}

/**
 * Marks an accepted message sent, if this worker's claim is still on the row. Resolves to false when
 * another worker took the message over after the claim lapsed: it may send it again, under the same
 * Message-ID, which is how a recipient's server or an operator recognises the duplicate.
 */
export async function recordSent(db: Db, send: AcceptedSend): Promise<boolean> {
  // Sent: the recipient has the link, so the stored copy keeps none (the outbox is not a store of live tokens).
  const rows = await db
    .update(outbox)
    .set({
      status: "sent",
      sentAt: new Date(),
      lockedUntil: null,
      attempts: send.attempts + 1,
      lastError: null,
      textBody: bodyWithoutCredentialLinks(),
    })
    .where(and(eq(outbox.id, send.id), eq(outbox.status, "sending"), eq(outbox.lockedUntil, send.lockedUntil)))
    .returning({ id: outbox.id });
  if (!rows.length)
    logger.warn({ outboxId: send.id, messageId: send.messageId }, "outbox: an accepted message was taken over after its claim lapsed");
  return rows.length > 0;
}

export interface SettleOptions {
  /** Ends the retrying early (shutdown): one last attempt is made, whatever is left stays pending. */
  signal?: AbortSignal;
  /** First pause between attempts; it doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** How long before a claim lapses the retrying stops: past it, another worker may already be sending. */
const CLAIM_MARGIN_MS = 2_000;

/**
 * Records every pending acceptance, retrying with backoff while the database fails, until the earliest
 * pending claim is about to lapse. What is still pending afterwards stays in the ledger for the next run.
 */
export async function settleAcceptedSends(db: Db, ledger: AcceptedSends, options: SettleOptions = {}): Promise<void> {
  const maxDelayMs = options.maxDelayMs ?? 5_000;
  let delayMs = options.initialDelayMs ?? 200;
  for (;;) {
    for (const send of ledger.all()) {
      try {
        await recordSent(db, send);
        ledger.settled(send.id);
      } catch (error) {
        logger.warn({ err: error, outboxId: send.id, messageId: send.messageId }, "outbox: could not record an accepted message yet");
      }
    }
    if (!ledger.size || options.signal?.aborted) return;
    const deadline = Math.min(...ledger.all().map((s) => s.claimExpiresAt)) - CLAIM_MARGIN_MS;
    const wait = Math.min(delayMs, deadline - Date.now());
    if (wait <= 0) return;
    await pause(wait, options.signal);
    delayMs = Math.min(delayMs * 2, maxDelayMs);
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
