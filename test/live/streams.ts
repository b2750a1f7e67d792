import type { Db } from "@/db/client";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { ActiveSession } from "@/server/auth/sessions";
import { uniqueIp } from "../users";

export interface Stream<T> {
  /** The events' data, in the order they arrived. */
  events: T[];
  /** Waits until an event matches, or fails after `ms`. */
  waitFor: (match: (event: T) => boolean, ms?: number) => Promise<T>;
  /** Ends the subscription as a closed browser tab would, and waits for it to end. */
  stop: () => Promise<void>;
  /** How the stream ended: "open" while it runs, "ended", or the error it ended with. */
  ending: () => "open" | "ended" | unknown;
}

type Subscribe = (caller: ReturnType<typeof createCaller>) => Promise<AsyncIterable<unknown>>;

/**
 * A live subscription as the SSE endpoint runs it, in process: the
 * procedure's middleware decides on subscribe (a refusal rejects here), then
 * every tracked event's data is collected until stop().
 */
export async function openStream<T>(db: Db, session: ActiveSession | null, subscribe: Subscribe): Promise<Stream<T>> {
  const abort = new AbortController();
  const caller = createCaller(createInnerContext({ db, session, ip: uniqueIp() }), { signal: abort.signal });
  const iterable = await subscribe(caller);
  const events: T[] = [];
  let ending: "open" | "ended" | unknown = "open";
  let notify = () => {};
  const done = (async () => {
    try {
      for await (const envelope of iterable) {
        events.push((envelope as [string, T])[1]);
        notify();
      }
      ending = "ended";
    } catch (error) {
      ending = error;
    }
    notify();
  })();
  return {
    events,
    ending: () => ending,
    waitFor: (match, ms = 3000) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`)), ms);
        const check = () => {
          const found = events.find(match);
          if (found !== undefined) {
            clearTimeout(timer);
            resolve(found);
          } else if (ending !== "open") {
            clearTimeout(timer);
            reject(new Error(`the stream ended (${String(ending)}) without a matching event; got ${JSON.stringify(events)}`));
          }
        };
        notify = check;
        check();
      }),
    stop: async () => {
      abort.abort();
      await done;
    },
  };
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
