/**
 * Runs once when a server process starts: applies migrations (and seeds the
 * demo on a fresh embedded database) before the first request, and starts the
 * outbox worker when SMTP is configured.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/start");
  await startServer();
}
