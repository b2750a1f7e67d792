import type { DbHandle } from "@/db/client";
import { LIVE_CHANNEL, type LiveChange } from "@/server/rules/live";
import { logger } from "@/server/logger";
import { parseLiveChange } from "./parse-change";

type Subscriber = (event: HubEvent) => void;

/** A subscriber that falls this far behind gets a catch-up instead of every change. */
const MAX_QUEUED = 200;

/** "missed": changes may have gone by unseen (the subscriber fell behind, or the LISTEN connection dropped). */
export type HubEvent = LiveChange | { scope: "missed" };

/**
 * The process's one LISTEN on LIVE_CHANNEL, fanned out in memory to the live
 * subscriptions of this process. It holds no state about plans or users:
 * every event only says what to re-read from the database.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private listening: Promise<() => Promise<void>> | null = null;
  private readonly closing = new AbortController();

  constructor(private readonly handle: DbHandle) {}

  get closed(): boolean {
    return this.closing.signal.aborted;
  }

  /**
   * The changes from now on, until `signal` aborts or the hub closes. The
   * subscriber is registered before this returns, so a change committed right
   * after cannot be missed; `ready` resolves once the LISTEN is in place.
   */
  subscribe(signal?: AbortSignal): { ready: Promise<void>; changes: AsyncGenerator<HubEvent> } {
    const stop = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    const queue: HubEvent[] = [];
    let wake: (() => void) | null = null;
    const subscriber: Subscriber = (event) => {
      if (event.scope === "missed" || queue.length >= MAX_QUEUED) queue.splice(0, queue.length, { scope: "missed" });
      else queue.push(event);
      wake?.();
    };
    const onStop = () => wake?.();
    if (!stop.aborted) {
      this.subscribers.add(subscriber);
      stop.addEventListener("abort", onStop);
    }
    const subscribers = this.subscribers;
    const ready = stop.aborted ? Promise.resolve() : this.ensureListening().then(() => undefined);
    async function* changes(): AsyncGenerator<HubEvent> {
      try {
        await ready;
        while (!stop.aborted) {
          const next = queue.shift();
          if (next) yield next;
          else await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      } finally {
        subscribers.delete(subscriber);
        stop.removeEventListener("abort", onStop);
      }
    }
    return { ready, changes: changes() };
  }

  /** Ends every subscription of this hub and stops listening. */
  async close(): Promise<void> {
    this.closing.abort();
    this.subscribers.clear();
    const unlisten = await this.listening?.catch(() => null);
    await unlisten?.().catch((error: unknown) => logger.warn({ err: error }, "live: unlisten failed"));
  }

  private ensureListening(): Promise<() => Promise<void>> {
    const relistened = () => {
      logger.warn({ channel: LIVE_CHANNEL }, "live: listening again after a dropped connection; subscribers catch up");
      for (const subscriber of this.subscribers) subscriber({ scope: "missed" });
    };
    this.listening ??= this.handle.listen(LIVE_CHANNEL, (payload) => this.deliver(payload), relistened).catch((error: unknown) => {
      this.listening = null;
      throw error;
    });
    return this.listening;
  }

  private deliver(payload: string): void {
    const change = parseLiveChange(payload);
    if (!change) {
      logger.warn({ channel: LIVE_CHANNEL }, "live: ignored a malformed change payload");
      return;
    }
    for (const subscriber of this.subscribers) subscriber(change);
  }
}
