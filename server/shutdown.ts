import { closeLiveHubs } from "./live/hubs";
import { beginDraining, stopAccepting, whenNoRequestsInFlight } from "./http/in-flight";
import { logger } from "./logger";

/** The longest a shutdown waits for requests and workers before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

interface ShutdownSteps {
  /** Each stops a worker and resolves once its run in progress has finished. */
  stopWorkers: (() => Promise<void>)[];
  closeDb: () => Promise<void>;
}

/**
 * SIGTERM or SIGINT: fail the health check, stop accepting, end the live
 * subscriptions (their clients reconnect, to another instance behind a load
 * balancer), stop the workers, let the requests in flight finish, close the
 * LISTEN connection and the pool (PGlite writes its folder out on close).
 * `next start` handles the same signals by closing its HTTP server and
 * calling process.exit once it has closed, which the open event streams
 * would otherwise hold up forever, and which would otherwise cut our steps
 * short: that exit waits until they are done. With NEXT_MANUAL_SIG_HANDLE
 * set, Next.js leaves the server and the exit to us.
 */
export function installShutdown(steps: ShutdownSteps): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    void shutDown(signal, steps);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

async function shutDown(signal: NodeJS.Signals, steps: ShutdownSteps): Promise<void> {
  const started = Date.now();
  logger.info({ signal }, "shutting down");
  beginDraining();
  const manual = Boolean(process.env.NEXT_MANUAL_SIG_HANDLE);
  const exitNow = process.exit.bind(process);
  let exitCode: number | undefined = manual ? 0 : undefined;
  process.exit = ((code?: number | string | null) => {
    exitCode = Number(code ?? process.exitCode ?? 0);
  }) as typeof process.exit;
  const forced = setTimeout(() => {
    logger.warn({ signal, ms: SHUTDOWN_TIMEOUT_MS }, "shutdown took too long: exiting now");
    exitNow(1);
  }, SHUTDOWN_TIMEOUT_MS + 5_000);
  forced.unref();
  try {
    const closing = manual ? stopAccepting() : Promise.resolve();
    await closeLiveHubs().catch((error: unknown) => logger.warn({ err: error }, "shutdown: closing live subscriptions failed"));
    await Promise.all(
      steps.stopWorkers.map((stop) => stop().catch((error: unknown) => logger.warn({ err: error }, "shutdown: a worker did not stop cleanly"))),
    );
    await whenNoRequestsInFlight(SHUTDOWN_TIMEOUT_MS);
    await closing;
    await steps.closeDb().catch((error: unknown) => logger.warn({ err: error }, "shutdown: closing the database failed"));
    logger.info({ signal, ms: Date.now() - started }, "shut down");
  } finally {
    process.exit = exitNow;
    // Next.js asked to exit meanwhile (143 after SIGTERM, 130 after SIGINT), or we own the exit: now it may.
    if (exitCode !== undefined) exitNow(exitCode);
  }
}
