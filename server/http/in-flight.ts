import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/**
 * The HTTP requests this process is answering, counted from Node's own
 * `http.server.request.start` channel (route handlers and pages alike, before
 * Next.js sees them), and the draining state of a shutdown. Once draining,
 * no connection is kept alive past its response: a browser would otherwise
 * send its next request (an event stream reconnecting every few seconds) on
 * the old connection, and the server could never finish closing.
 */
interface InFlight {
  count: number;
  draining: boolean;
  server: Server | null;
  waiters: Set<() => void>;
}

const state = globalThis as unknown as { inFlight?: InFlight };

export function installInFlightCounter(): void {
  if (state.inFlight) return;
  const inFlight: InFlight = (state.inFlight = { count: 0, draining: false, server: null, waiters: new Set() });
  subscribe("http.server.request.start", (message) => {
    const { response, server, socket } = message as { response: ServerResponse; server: Server; socket: Socket };
    inFlight.server ??= server;
    inFlight.count++;
    if (inFlight.draining) response.shouldKeepAlive = false;
    // "close" follows both a finished response and a client that went away.
    response.once("close", () => {
      inFlight.count--;
      // A response that began before the drain was promised keep-alive: end its connection now.
      if (inFlight.draining) socket.end();
      if (inFlight.count === 0) for (const wake of inFlight.waiters) wake();
    });
  });
}

/** From the shutdown signal on: the health check fails and connections close after their response. */
export function beginDraining(): void {
  if (state.inFlight) state.inFlight.draining = true;
  state.inFlight?.server?.closeIdleConnections();
}

export function isDraining(): boolean {
  return state.inFlight?.draining === true;
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
