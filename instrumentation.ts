/**
 * Runs once when a server process starts: applies migrations (and seeds the
 * demo on a fresh embedded database) before the first request, and starts the
 * outbox worker when SMTP is configured, and installs the graceful shutdown
 * (server/shutdown.ts). The socket-address hook goes first, so that as few
 * requests as possible (those parsed before it) count as unidentified; the
 * in-flight counter next, so shutdown knows what it waits for.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installSocketAddressHook } = await import("./server/http/socket-address");
  installSocketAddressHook();
  const { installInFlightCounter } = await import("./server/http/in-flight");
  installInFlightCounter();
  const { startServer } = await import("./server/start");
  await startServer();
}
