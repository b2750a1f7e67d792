import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";

/**
 * The HTTP requests this process is answering, counted from Node's own
 * `http.server.request.start` channel (route handlers and pages alike, before
 * Next.js sees them): shutdown waits for them before it closes the pool.
 */
const state = globalThis as unknown as { inFlight?: { count: number; server: Server | null; waiters: Set<() => void> } };

export function installInFlightCounter(): void {
  if (state.inFlight) return;
  const inFlight = (state.inFlight = { count: 0, server: null as Server | null, waiters: new Set<() => void>() });
  subscribe("http.server.request.start", (message) => {
    const { response, server } = message as { response: ServerResponse; server: Server };
    inFlight.server ??= server;
    inFlight.count++;
    // "close" follows both a finished response and a client that went away.
    response.once("close", () => {
      inFlight.count--;
      if (inFlight.count === 0) for (const wake of inFlight.waiters) wake();
    });
  });
}

export function requestsInFlight(): number {
  return state.inFlight?.count ?? 0;
}

/** Resolves once no request is in flight, or after `timeoutMs` (a hung request must not hold the shutdown). */
export function whenNoRequestsInFlight(timeoutMs: number): Promise<void> {
  const inFlight = state.inFlight;
  if (!inFlight || inFlight.count === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      inFlight.waiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    inFlight.waiters.add(done);
  });
}

/** Stops accepting connections (idle keep-alive ones close at once); the HTTP server is known once it served a request. */
export function stopAccepting(): Promise<void> {
  const server = state.inFlight?.server;
  if (!server?.listening) return Promise.resolve();
  return new Promise((resolve) => server.close(() => resolve()));
}
