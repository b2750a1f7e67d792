import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outbox, type OutboxStatus } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { retryDelayMs, runOutboxOnce, type MailTransport } from "@/server/email/worker";
import { testDb } from "./db";

/**
 * runOutboxOnce sends every message due at `now`, whoever queued it. Messages
 * queued by other tests are due at the real time; these tests queue theirs in
 * the distant past and run the worker "then", each at an earlier time than the
 * test before, so no test's leftovers are ever due for a later one.
 */
let nextEpoch = Date.UTC(2000, 0, 1);
function pastEpoch(): Date {
  nextEpoch -= 30 * 24 * 3_600_000;
  return new Date(nextEpoch);
}

type Sent = Parameters<MailTransport["send"]>[0];

function recordingTransport() {
  const sent: Sent[] = [];
  return {
    sent,
    async send(message: Sent) {
      sent.push(message);
    },
  } satisfies MailTransport & { sent: Sent[] };
}

const failingTransport: MailTransport = {
  async send() {
    throw new Error("421 mail server unavailable, try later");
  },
};

async function queue(
  db: Db,
  n: number,
  fields: { nextAttemptAt: Date; status?: OutboxStatus; lockedUntil?: Date; attempts?: number },
) {
  const addresses = Array.from({ length: n }, () => uniqueEmail("outbox"));
  await db.insert(outbox).values(
    addresses.map((toAddress, i) => ({
      toAddress,
      subject: `Message ${i}`,
      textBody: `Body ${i}`,
      kind: "magic_link",
      ...fields,
    })),
  );
  return addresses;
}

async function rowsTo(db: Db, addresses: string[]) {
  return db.select().from(outbox).where(inArray(outbox.toAddress, addresses));
}

const ownSends = (sent: Sent[], addresses: string[]) => sent.filter((m) => addresses.includes(m.to));

describe("outbox worker", () => {
  it("sends due messages and marks them sent; messages not yet due wait", async () => {
    const db = await testDb();
    const now = pastEpoch();
    const due = await queue(db, 3, { nextAttemptAt: now });
    const later = await queue(db, 1, { nextAttemptAt: new Date(now.getTime() + 60_000) });
    const transport = recordingTransport();

    await runOutboxOnce(db, transport, { now });

    expect(ownSends(transport.sent, due).map((m) => m.to).sort()).toEqual([...due].sort());
    expect(ownSends(transport.sent, later)).toEqual([]);
    for (const row of await rowsTo(db, due))
      expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null, sentAt: expect.any(Date) });
    expect(await rowsTo(db, later)).toMatchObject([{ status: "pending", attempts: 0 }]);
  });

  it("retries a failed send later, with growing delays, and sends it once the server is back", async () => {
    const db = await testDb();
    const start = pastEpoch();
    const [to] = await queue(db, 1, { nextAttemptAt: start });
    const at = (ms: number) => new Date(start.getTime() + ms);

    await runOutboxOnce(db, failingTransport, { now: start });
    expect(await rowsTo(db, [to!])).toMatchObject([
      { status: "pending", attempts: 1, nextAttemptAt: at(60_000), lastError: "421 mail server unavailable, try later" },
    ]);

    // Not due yet half-way through the delay.
    await runOutboxOnce(db, failingTransport, { now: at(30_000) });
    expect(await rowsTo(db, [to!])).toMatchObject([{ attempts: 1 }]);

    await runOutboxOnce(db, failingTransport, { now: at(60_000) });
    // The second delay is twice the first.
    expect(await rowsTo(db, [to!])).toMatchObject([{ status: "pending", attempts: 2, nextAttemptAt: at(180_000) }]);

    const transport = recordingTransport();
    await runOutboxOnce(db, transport, { now: at(180_000) });
    expect(ownSends(transport.sent, [to!])).toHaveLength(1);
    expect(await rowsTo(db, [to!])).toMatchObject([{ status: "sent", attempts: 3, lastError: null }]);
  });

  it("gives up after maxAttempts and never tries again", async () => {
    const db = await testDb();
    const start = pastEpoch();
    const [to] = await queue(db, 1, { nextAttemptAt: start });
    let now = start;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await runOutboxOnce(db, failingTransport, { now, maxAttempts: 3 });
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    expect(await rowsTo(db, [to!])).toMatchObject([{ status: "failed", attempts: 3 }]);

    const transport = recordingTransport();
    await runOutboxOnce(db, transport, { now: new Date(now.getTime() + 24 * 3_600_000), maxAttempts: 3 });
    expect(ownSends(transport.sent, [to!])).toEqual([]);
    expect(await rowsTo(db, [to!])).toMatchObject([{ status: "failed", attempts: 3 }]);
  });

  it("with two workers at once, sends each of 30 messages exactly once", async () => {
    const db = await testDb();
    const now = pastEpoch();
    const addresses = await queue(db, 30, { nextAttemptAt: now });
    const workers = [recordingTransport(), recordingTransport()];

    // Each worker runs until it finds nothing left to claim, as the polling loop would.
    await Promise.all(
      workers.map(async (transport) => {
        while ((await runOutboxOnce(db, transport, { now, batchSize: 4 })).sent > 0);
      }),
    );

    const sent = workers.flatMap((w) => ownSends(w.sent, addresses)).map((m) => m.to);
    expect(sent.sort()).toEqual([...addresses].sort());
    expect((await rowsTo(db, addresses)).every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  });

  it("picks up a message left in 'sending' by a crashed worker once its lock has expired", async () => {
    const db = await testDb();
    const now = pastEpoch();
    const expired = await queue(db, 1, {
      status: "sending",
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() - 600_000),
      lockedUntil: new Date(now.getTime() - 1000),
    });
    const stillLocked = await queue(db, 1, {
      status: "sending",
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() - 600_000),
      lockedUntil: new Date(now.getTime() + 60_000),
    });
    const transport = recordingTransport();

    await runOutboxOnce(db, transport, { now });

    expect(ownSends(transport.sent, [...expired, ...stillLocked]).map((m) => m.to)).toEqual(expired);
    expect(await rowsTo(db, expired)).toMatchObject([{ status: "sent", attempts: 2 }]);
    expect(await rowsTo(db, stillLocked)).toMatchObject([{ status: "sending", attempts: 1 }]);
  });
});
