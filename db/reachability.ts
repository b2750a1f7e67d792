/**
 * While PostgreSQL cannot be reached, postgres.js queues every statement behind the pool's connection attempts
 * (each bounded by the connect timeout) and gives each failed attempt's connection the next queued statement
 * to try again with. Under load the queue grows faster than it drains: where connects went unanswered,
 * statements waited 6 to 11 s to fail. So the gate decides, before a statement reaches the driver, whether
 * the database is in doubt: a statement failed for want of it, or every connection has waited on it for
 * `stallMs` without anything coming back. While in doubt every statement fails at once, and the gate finds
 * out by itself when the database is back (a probe of its own, one at a time), so no request waits for a
 * connect that may never be answered, nor pays for one after another's.
 */

/** A statement refused without being tried: the database was unreachable a moment ago and a probe is out. */
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
  /** The pool's size: this many statements waiting at once means the next ones queue. */
  poolSize: number;
  stallMs: number;
  /** One statement of the gate's own that settles when the database has answered it (or could not). */
  probe: () => Promise<unknown>;
  /** The pause between one probe's failure and the next. */
  probePauseMs: number;
  now?: () => number;
}

export function reachabilityGate({ poolSize, stallMs, probe, probePauseMs, now = performance.now.bind(performance) }: GateOptions): ReachabilityGate {
  let failed = false;
  let probing = false;
  let stopped = false;
  let pending = 0;
  let lastAnswer = now();
  let saturatedSince: number | null = null;
  const stalled = () => saturatedSince !== null && now() - saturatedSince >= stallMs && now() - lastAnswer >= stallMs;
  const settle = (error?: unknown) => {
    // Any answer of the server, an error of the statement's own included, means it is there.
    failed = error !== undefined && isConnectionFailure(error);
    if (!failed) lastAnswer = now();
  };
  const inDoubt = () => failed || stalled();
  const probeUntilAnswered = async () => {
    probing = true;
    while (!stopped && inDoubt()) {
      await probe().then(() => settle(), settle);
      if (inDoubt()) await new Promise((resolve) => setTimeout(resolve, probePauseMs).unref?.());
    }
    probing = false;
  };
  return {
    admit() {
      if (inDoubt()) {
        if (!probing && !stopped) void probeUntilAnswered();
        return null;
      }
      if (++pending >= poolSize) saturatedSince ??= now();
      let reported = false;
      return (error) => {
        if (reported) return;
        reported = true;
        if (--pending < poolSize) saturatedSince = null;
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
