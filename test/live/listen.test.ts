import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countStatements } from "@/db/statement-count";
import { publishChange, publishChanges } from "@/server/live/publish";
import { testDbHandle } from "../db";

/** Resolves with the payloads heard on `channel` within `ms`. */
async function heard(channel: string, act: (payloads: readonly string[]) => Promise<unknown>, ms = 300): Promise<string[]> {
  const handle = await testDbHandle();
  const payloads: string[] = [];
  const stop = await handle.listen(channel, (payload) => payloads.push(payload));
  try {
    await act(payloads).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, ms));
    return payloads;
  } finally {
    await stop();
  }
}

const channel = () => `test_${randomUUID().replaceAll("-", "")}`;

describe("DbHandle.listen", () => {
  it("hears a NOTIFY sent outside a transaction", async () => {
    const { db } = await testDbHandle();
    const ch = channel();
    expect(await heard(ch, () => db.execute(sql`select pg_notify(${ch}, 'hello')`))).toEqual(["hello"]);
  });

  it("hears a NOTIFY sent inside a transaction once it commits, not before", async () => {
    const { db } = await testDbHandle();
    const ch = channel();
    let beforeCommit: string[] | undefined;
    const payloads = await heard(ch, (sofar) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_notify(${ch}, 'committed')`);
        await new Promise((resolve) => setTimeout(resolve, 150));
        beforeCommit = [...sofar];
      }),
    );
    expect(beforeCommit).toEqual([]);
    expect(payloads).toEqual(["committed"]);
  });

  it("never hears a NOTIFY whose transaction rolled back", async () => {
    const { db } = await testDbHandle();
    const ch = channel();
    const payloads = await heard(ch, () =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_notify(${ch}, 'rolled back')`);
        throw new Error("roll back");
      }),
    );
    expect(payloads).toEqual([]);
  });

  it("stops hearing once unlistened", async () => {
    const handle = await testDbHandle();
    const ch = channel();
    const payloads: string[] = [];
    const stop = await handle.listen(ch, (payload) => payloads.push(payload));
    await stop();
    await handle.db.execute(sql`select pg_notify(${ch}, 'late')`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(payloads).toEqual([]);
  });

  it("publishChange delivers the change as JSON on the live channel", async () => {
    const { db } = await testDbHandle();
    const { LIVE_CHANNEL } = await import("@/server/rules/live");
    const userId = randomUUID();
    const payloads = await heard(LIVE_CHANNEL, () => db.transaction((tx) => publishChange(tx, { scope: "user", userId })));
    expect(payloads.map((p) => JSON.parse(p) as unknown)).toContainEqual({ scope: "user", userId });
  });

  it("publishChanges delivers every change it is given, in one statement", async () => {
    const { db } = await testDbHandle();
    const { LIVE_CHANNEL } = await import("@/server/rules/live");
    const userIds = [randomUUID(), randomUUID(), randomUUID()];
    let statements: string[] = [];
    const payloads = await heard(LIVE_CHANNEL, () =>
      db.transaction(async (tx) => {
        ({ statements } = await countStatements(() => publishChanges(tx, userIds.map((userId) => ({ scope: "user" as const, userId })))));
      }),
    );
    expect(statements).toHaveLength(1);
    const heardUsers = payloads.map((p) => JSON.parse(p) as { userId?: string }).map((c) => c.userId);
    for (const userId of userIds) expect(heardUsers).toContain(userId);
  });
});
