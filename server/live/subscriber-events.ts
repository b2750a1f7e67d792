import { randomUUID } from "node:crypto";
import { tracked, TRPCError, type TrackedEnvelope } from "@trpc/server";
import type { Db } from "@/db/client";
import { AppError } from "@/server/domain/errors";
import { logger } from "@/server/logger";
import type { HubEvent } from "./hub";
import { isLiveClosed, liveHubFor } from "./hubs";

export const SERVER_RESTARTING_MESSAGE = "The server is restarting: reconnecting.";

/**
 * The frame every live subscription shares: registers with the process's hub
 * before anything is yielded, opens with one event (so the client always has
 * an event id to resume from, and a resumed client is told to re-read
 * everything it may have missed), then maps each hub event through `map`
 * (null: not for this subscriber). Ends quietly when the client goes away,
 * and with a retryable error when the server shuts down, so the client
 * reconnects (to another instance, behind a load balancer).
 */
export async function* subscriberEvents<T>(opts: {
  db: Db;
  signal: AbortSignal | undefined;
  /** The first event, or how to work it out once the hub is listening (so no change after it can be missed). */
  opening: T | (() => Promise<T>);
  catchUp: T;
  resumed: boolean;
  map: (event: Exclude<HubEvent, { scope: "missed" }>) => Promise<T | null>;
}): AsyncGenerator<TrackedEnvelope<T>> {
  if (isLiveClosed()) throw restarting();
  try {
    const { ready, changes } = liveHubFor(opts.db).subscribe(opts.signal);
    await ready;
    const { opening } = opts;
    yield tracked(randomUUID(), opts.resumed ? opts.catchUp : opening instanceof Function ? await opening() : opening);
    for await (const event of changes) {
      const data = event.scope === "missed" ? opts.catchUp : await opts.map(event);
      if (data !== null) yield tracked(randomUUID(), data);
    }
  } catch (error) {
    // A refusal (access gone) is the caller's; anything else (the LISTEN failed) is ours to log.
    if (!(error instanceof TRPCError) && !(error instanceof AppError)) logger.error({ err: error }, "live subscription failed");
    throw error instanceof AppError ? new TRPCError({ code: error.code, message: error.message, cause: error }) : error;
  }
  if (!opts.signal?.aborted) throw restarting();
}

function restarting(): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: SERVER_RESTARTING_MESSAGE });
}
