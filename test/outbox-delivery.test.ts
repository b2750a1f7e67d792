import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { AcceptedSends } from "@/server/email/accepted-sends";
import { smtpTransport } from "@/server/email/smtp";
import { outboxMessageId } from "@/server/email/message-id";
import { runOutboxOnce, type OutboxRunOptions } from "@/server/email/worker";
import { withFailingUpdates } from "./db-faults";
import { startSmtpInbox, type SmtpInbox } from "./smtp-inbox";
import { testDb } from "./db";

/**
 * The window between the SMTP server's acceptance and the UPDATE that marks the row sent: the database
 * fails right after the send, and the message must still be delivered once, recorded, under a Message-ID
 * derived from its row. A real SMTP server (smtp-server), nodemailer and the real test database; the
 * fault is armed by the SMTP server itself, the moment it accepts.
 *
 * runOutboxOnce sends whatever is due at `now`: these tests run in an era no other test file uses
 * (test/purge.test.ts goes back to 1925, test/outbox-worker.test.ts to 1999), each earlier than the last.
 */
let nextEpoch = Date.UTC(1890, 0, 1);
function pastEpoch(): Date {
  nextEpoch -= 30 * 24 * 3_600_000;
  return new Date(nextEpoch);
}

const HOST = "faults.test";
/** Quick retries: the backoff's pacing is not what these tests are about. */
const settle = { initialDelayMs: 20, maxDelayMs: 100 };

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  // Opening and migrating the worker's database is set-up (a hook's longer time limit on a busy machine), not the test.
  await testDb();
});
afterAll(() => inbox.close());

async function queue(db: Db, n: number, nextAttemptAt: Date) {
  const rows = await db
    .insert(outbox)
    .values(
      Array.from({ length: n }, (_, i) => ({
        toAddress: uniqueEmail("delivery"),
        subject: `Delivery ${i}`,
        textBody: `Body ${i}`,
        kind: "magic_link" as const,
        nextAttemptAt,
      })),
    )
    .returning({ id: outbox.id, toAddress: outbox.toAddress });
  return rows;
}

const deliveriesTo = (address: string) => inbox.received.filter((m) => m.to.includes(address));

async function rowsOf(db: Db, ids: string[]) {
  const rows = await db.select().from(outbox).where(inArray(outbox.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

describe("outbox delivery when the database fails right after the SMTP send", () => {
  it("records the acceptance once the database answers again, in the same run, and delivers once under the row's Message-ID", async () => {
    const real = await testDb();
    const faults = withFailingUpdates(real);
    const now = pastEpoch();
    const [message] = await queue(real, 1, now);
    const transport = smtpTransport(inbox.url, "Second Round <no-reply@faults.test>");
    inbox.onAccepted = (email) => {
      if (email.to.includes(message!.toAddress)) faults.failNextUpdates(3);
    };

    const result = await runOutboxOnce(faults.db, transport, { now, messageIdHost: HOST, settle });

    expect(faults.failedUpdates).toBe(3);
    expect(result).toMatchObject({ sent: 1, unrecorded: 0 });
    expect(deliveriesTo(message!.toAddress)).toEqual([
      expect.objectContaining({ messageId: outboxMessageId(message!.id, HOST) }),
    ]);
    expect(outboxMessageId(message!.id, HOST)).toBe(`<outbox-${message!.id}@${HOST}>`);
    expect(await rowsOf(real, [message!.id])).toMatchObject([{ status: "sent", attempts: 1, lockedUntil: null }]);
  });

  it("down past the claim: claims and sends nothing else, never sends the message again, and records it first when the database is back", async () => {
    const real = await testDb();
    const faults = withFailingUpdates(real);
    const start = pastEpoch();
    const queued = await queue(real, 2, start);
    const transport = smtpTransport(inbox.url, "Second Round <no-reply@faults.test>");
    // Queued by one statement, both rows have the same created_at: either may be claimed first, and the
    // one the SMTP server accepts first is the one whose acceptance goes unrecorded.
    let first: (typeof queued)[number] | undefined;
    inbox.onAccepted = (email) => {
      first ??= queued.find((m) => email.to.includes(m.toAddress));
      faults.failNextUpdates(Number.MAX_SAFE_INTEGER);
    };
    const acceptedSends = new AcceptedSends();
    // A 3-second claim: the retries give up 2 s before it lapses, so the first run returns after about a second.
    const options: OutboxRunOptions = { messageIdHost: HOST, acceptedSends, lockSeconds: 3, batchSize: 1, settle };

    const during = await runOutboxOnce(faults.db, transport, { ...options, now: start });
    expect(during).toMatchObject({ sent: 0, unrecorded: 1 });
    // Later, both claims have lapsed in the table's eyes; the database still fails.
    const later = new Date(start.getTime() + 60_000);
    expect(await runOutboxOnce(faults.db, transport, { ...options, now: later })).toMatchObject({ sent: 0, unrecorded: 1 });
    const second = queued.find((m) => m !== first)!;
    expect(deliveriesTo(first!.toAddress)).toHaveLength(1);
    expect(deliveriesTo(second.toAddress)).toHaveLength(0);

    faults.recover();
    inbox.onAccepted = () => {};
    // Run as the polling loop would, until nothing is left: the first is recorded, not claimed again.
    while ((await runOutboxOnce(faults.db, transport, { ...options, now: later })).sent > 0);

    expect(deliveriesTo(first!.toAddress).map((m) => m.messageId)).toEqual([outboxMessageId(first!.id, HOST)]);
    expect(deliveriesTo(second.toAddress).map((m) => m.messageId)).toEqual([outboxMessageId(second.id, HOST)]);
    expect(await rowsOf(real, [first!.id, second.id])).toMatchObject([
      { status: "sent", attempts: 1 },
      { status: "sent", attempts: 1 },
    ]);
    expect(acceptedSends.size).toBe(0);
  });

  it("a worker that died in the window leaves a duplicate recognisable by its Message-ID, and the row is marked sent once", async () => {
    const real = await testDb();
    const faults = withFailingUpdates(real);
    const start = pastEpoch();
    const [message] = await queue(real, 1, start);
    const transport = smtpTransport(inbox.url, "Second Round <no-reply@faults.test>");
    inbox.onAccepted = (email) => {
      if (email.to.includes(message!.toAddress)) faults.failNextUpdates(Number.MAX_SAFE_INTEGER);
    };
    // This worker's ledger dies with it: its process is gone.
    await runOutboxOnce(faults.db, transport, { messageIdHost: HOST, lockSeconds: 3, settle, now: start });
    inbox.onAccepted = () => {};

    // Another instance, once the claim has lapsed, cannot know the message went out.
    const other = await runOutboxOnce(real, transport, { messageIdHost: HOST, now: new Date(start.getTime() + 60_000) });

    expect(other.sent).toBeGreaterThanOrEqual(1);
    const copies = deliveriesTo(message!.toAddress);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((m) => m.messageId))).toEqual(new Set([outboxMessageId(message!.id, HOST)]));
    expect(await rowsOf(real, [message!.id])).toMatchObject([{ status: "sent", lockedUntil: null }]);
  });
});
