/**
 * Runs once when a server process starts: applies migrations (and seeds the
 * demo on a fresh embedded database) before the first request, and starts the
 * outbox worker when SMTP is configured. The socket-address hook goes first, so
 * that as few requests as possible (those parsed before it) count as unidentified.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installSocketAddressHook } = await import("./server/http/socket-address");
  installSocketAddressHook();
  const { startServer } = await import("./server/start");
  await startServer();
}
