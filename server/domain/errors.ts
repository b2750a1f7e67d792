/**
 * The one error type domain code throws. Codes mirror tRPC's so the API layer
 * maps them without a table; `field` lets a form put the message next to the input.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Used for anything the caller may not see, so a forbidden id looks exactly like a missing one. */
export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found.`);
}

/** Postgres unique_violation, whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
