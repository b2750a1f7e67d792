import type { PostgresServer } from "./postgres-server";
import type { TcpRelay } from "./tcp-relay";

/** A time during which the database was not (fully) there: from the fault's command until the server was ready again. */
export interface Outage {
  name: string;
  start: number;
  /** When pg_ctl reported the server ready again. */
  end: number;
  /** A failing request may take this long during this outage, where it differs from the run's limit. */
  answerMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The three faults of the issue, with quiet stretches between them so each recovery is seen on its own:
 * a clean restart, a crash restart (recovery from the WAL), and an outage long enough that every pool
 * connection is gone and reconnects fail for 20 s. Then the database's host goes silent (the relay the app
 * reaches it through cuts its connections and answers no new one), where connects time out instead of
 * being refused.
 */
export async function runFaults(
  pg: PostgresServer,
  relay: TcpRelay,
  options: { quietMs: number; longStopMs: number; silentMs: number; silentAnswerMs: number },
): Promise<Outage[]> {
  const outages: Outage[] = [];
  const fault = async (name: string, act: () => Promise<void>, answerMs?: number) => {
    const start = Date.now();
    await act();
    outages.push({ name, start, end: Date.now(), answerMs });
    console.log(`  ${name}: database back after ${((Date.now() - start) / 1000).toFixed(1)} s`);
  };
  await pause(options.quietMs);
  await fault("restart -m fast", () => pg.restart("fast"));
  await pause(options.quietMs);
  await fault("restart -m immediate", () => pg.restart("immediate"));
  await pause(options.quietMs);
  await fault(`stop -m immediate for ${options.longStopMs / 1000} s`, async () => {
    await pg.stop("immediate");
    await pause(options.longStopMs);
    await pg.start();
  });
  await pause(options.quietMs);
  await fault(
    `host silent for ${options.silentMs / 1000} s`,
    async () => {
      relay.goSilent();
      await pause(options.silentMs);
      relay.speakAgain();
    },
    options.silentAnswerMs,
  );
  await pause(options.quietMs);
  return outages;
}
