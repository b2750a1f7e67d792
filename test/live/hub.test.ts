import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { LiveHub } from "@/server/live/hub";
import { publishChange } from "@/server/live/publish";
import { testDbHandle } from "../db";

describe("LiveHub", () => {
  it("fans one LISTEN out to every subscription, and closing it ends them all", async () => {
    const handle = await testDbHandle();
    const hub = new LiveHub(handle);
    const a = hub.subscribe();
    const b = hub.subscribe();
    await Promise.all([a.ready, b.ready]);
    const userId = randomUUID();
    await publishChange(handle.db, { scope: "user", userId });
    const next = (s: typeof a) => s.changes.next();
    const firstOfA = await next(a);
    const firstOfB = await next(b);
    // Other tests of this worker publish too: look for ours among what arrived.
    const seen = async (s: typeof a, first: IteratorResult<unknown>) => {
      for (let r = first; !r.done; r = await next(s)) if (JSON.stringify(r.value).includes(userId)) return true;
      return false;
    };
    const pendingA = seen(a, firstOfA);
    const pendingB = seen(b, firstOfB);
    await hub.close();
    expect(await Promise.all([pendingA, pendingB])).toEqual([true, true]);
    expect(await next(a)).toEqual({ done: true, value: undefined });
    expect(hub.closed).toBe(true);
  });

  it("a subscription whose signal aborts ends, and the others go on", async () => {
    const handle = await testDbHandle();
    const hub = new LiveHub(handle);
    const abort = new AbortController();
    const leaving = hub.subscribe(abort.signal);
    const staying = hub.subscribe();
    await Promise.all([leaving.ready, staying.ready]);
    const ended = leaving.changes.next();
    abort.abort();
    expect(await ended).toMatchObject({ done: true });
    const userId = randomUUID();
    await publishChange(handle.db, { scope: "user", userId });
    let heard = false;
    while (!heard) {
      const r = await staying.changes.next();
      if (r.done) break;
      heard = JSON.stringify(r.value).includes(userId);
    }
    expect(heard).toBe(true);
    await hub.close();
  });
});

describe("LiveHub when changes may have gone by unseen", () => {
  const nextScope = async (changes: AsyncGenerator<{ scope: string }>) => (await changes.next()).value?.scope;

  it("a subscriber that falls far behind gets one catch-up instead of every change", async () => {
    const handle = await testDbHandle();
    const hub = new LiveHub(handle);
    const slow = hub.subscribe();
    await slow.ready;
    await handle.db.transaction(async (tx) => {
      for (let i = 0; i < 250; i++) await publishChange(tx, { scope: "user", userId: randomUUID() });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await nextScope(slow.changes)).toBe("missed");
    await hub.close();
  });

  it("after the LISTEN connection drops and comes back, every subscriber catches up, then hears changes again", async () => {
    const shared = await testDbHandle();
    // On PostgreSQL a handle of its own, named, so that only its LISTEN connection is cut (other test files listen too).
    const name = `live-test-${randomUUID()}`;
    const handle = shared.url ? await createDb({ databaseUrl: shared.url, poolSize: 2, applicationName: name }) : shared;
    const hub = new LiveHub(handle);
    const { ready, changes } = hub.subscribe();
    await ready;
    const userId = randomUUID();
    if (handle !== shared) {
      // As a failover or an idle-connection reaper would end it.
      const cut = await shared.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${name} and query ilike 'listen %'`);
      expect(cut).toHaveLength(1);
      expect(await nextScope(changes)).toBe("missed");
    }
    // PGlite listens in process, with no connection to drop: there, and after the reconnect, changes simply go on.
    await publishChange(handle.db, { scope: "user", userId });
    let heard = false;
    while (!heard) {
      const r = await changes.next();
      if (r.done) break;
      heard = JSON.stringify(r.value).includes(userId);
    }
    expect(heard).toBe(true);
    await hub.close();
    if (handle !== shared) await handle.close();
  });
});
