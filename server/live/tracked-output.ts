import { isTrackedEnvelope, tracked, type TrackedEnvelope } from "@trpc/server";
import { z } from "zod";

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/**
 * `.output` for a subscription that yields `tracked(id, data)`: every event's
 * data is parsed with `event` (a strict schema, the same leak guard as a
 * query's output) before it is sent.
 */
export function trackedEvents<T extends z.ZodType>(event: T) {
  return z.custom<AsyncIterable<TrackedEnvelope<z.input<T>>>>(isAsyncIterable).transform(async function* (events) {
    for await (const envelope of events) {
      if (!isTrackedEnvelope(envelope)) throw new Error("live: a subscription yielded an untracked event");
      const [id, data] = envelope;
      yield tracked(id, (await event.parseAsync(data)) as z.output<T>);
    }
  });
}
