import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
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
