/**
 * While PostgreSQL cannot be reached, postgres.js queues every statement behind the pool's connection attempts
 * (each bounded by the connect timeout) and gives each failed attempt's connection the next queued statement
 * to try again with. Under load the queue grows faster than it drains: where connects went unanswered,
 * statements waited 6 to 11 s to fail. So once a statement has failed for want of the database, the gate
 * fails every new statement at once, before it reaches the driver, and finds out by itself when the
 * database is back (a probe of its own, one at a time): no request waits for a connect that may never be
 * answered, nor pays for one after another's.
 */

/** A statement refused without being tried: the database was out of reach a moment ago, and is not known to be back. */
export class DatabaseUnreachable extends Error {
  readonly code = "DATABASE_UNREACHABLE";
  constructor() {
    super("the database is unreachable");
  }
}

/**
 * What a lost database looks like, from postgres.js (its own codes), from Node's socket, and from the server
 * as it goes away (class 57P: shut down, crashed, starting up; class 08: connection exceptions).
 */
const connectionFailures = new Set([
  "DATABASE_UNREACHABLE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return (typeof code === "string" && connectionFailures.has(code)) || (cause !== undefined && isConnectionFailure(cause));
}

/** One admitted statement: report its outcome once (later reports are ignored). */
export type Admission = (error?: unknown) => void;

export interface ReachabilityGate {
  /** An admission for a statement that may go to the database now, or null: fail it at once. */
  admit(): Admission | null;
  /** Ends the probing (the pool is closing). */
  stop(): void;
}

export interface GateOptions {
  /** One statement of the gate's own that settles when the database has answered it (or could not). */
  probe: () => Promise<unknown>;
  /** The pause between one probe's failure and the next. */
  probePauseMs: number;
}

export function reachabilityGate({ probe, probePauseMs }: GateOptions): ReachabilityGate {
  let failed = false;
  let probing = false;
  let stopped = false;
  // Any answer of the server, an error of the statement's own included, means it is there.
  const settle = (error?: unknown) => (failed = error !== undefined && isConnectionFailure(error));
  const probeUntilAnswered = async () => {
    probing = true;
    while (!stopped && failed) {
      await probe().then(() => settle(), settle);
      if (failed) await new Promise((resolve) => setTimeout(resolve, probePauseMs).unref?.());
    }
    probing = false;
  };
  return {
    admit() {
      if (failed) {
        if (!probing && !stopped) void probeUntilAnswered();
        return null;
      }
      let reported = false;
      return (error) => {
        if (reported) return;
        reported = true;
        settle(error);
      };
    },
    stop() {
      stopped = true;
    },
  };
}

type Then = (this: unknown, onFulfilled?: ((value: unknown) => unknown) | null, onRejected?: ((error: unknown) => unknown) | null) => unknown;

/** Reports a postgres.js query's outcome to `admission` without starting it: the driver starts a query when it is first awaited. */
export function reported<Q extends PromiseLike<unknown>>(query: Q, admission: Admission): Q {
  const then = query.then as Then;
  const watched: Then = function (onFulfilled, onRejected) {
    return then.call(
      this,
      (value) => {
        admission();
        return onFulfilled ? onFulfilled(value) : value;
      },
      (error) => {
        admission(error);
        if (onRejected) return onRejected(error);
        throw error;
      },
    );
  };
  Object.defineProperty(query, "then", { value: watched, configurable: true, writable: true });
  return query;
}

/** A refused statement, shaped as drizzle uses a postgres.js query (awaited directly or through `.values()`). */
export function refusedQuery(): Promise<never> & { values(): Promise<never> } {
  const refused = Promise.reject(new DatabaseUnreachable());
  return Object.assign(refused, { values: () => refused });
}
