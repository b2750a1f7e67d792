import { AppError } from "./errors";

/**
 * Where a page of the dashboard starts or ends, as the address carries it: the
 * (startsAt, id) of the row next to the page, which side of it the page lies
 * on, and that row's position in the list (only to say "Showing 21–40").
 * Opaque to the browser (base64url JSON), checked field by field here: a
 * cursor that does not decode is the caller's mistake, never a 500.
 */
export interface PlanListCursor {
  direction: "after" | "before";
  /** starts_at exactly as stored, to the microsecond: "2027-01-01T09:00:00.000000Z". */
  startsAt: string;
  id: string;
  /** 0-based position of that row in the list when the cursor was made. */
  position: number;
}

export const INVALID_CURSOR_MESSAGE = "This link to a page of the list is not valid: go back to the first page.";
export const MAX_CURSOR_LENGTH = 300;
/** No list is this long; a larger position is a forged cursor. */
const MAX_POSITION = 100_000_000;

const STARTS_AT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: PlanListCursor): string {
  const { direction, startsAt, id, position } = cursor;
  return Buffer.from(JSON.stringify([direction === "after" ? "a" : "b", startsAt, id, position])).toString("base64url");
}

/** The timestamp must be a real instant PostgreSQL accepts: a forged "2027-02-30" would fail the query instead. */
function isRealInstant(startsAt: string): boolean {
  const match = STARTS_AT.exec(startsAt);
  if (!match) return false;
  const instant = Date.parse(`${match[1]}Z`);
  return !Number.isNaN(instant) && instant >= 0 && new Date(instant).toISOString().slice(0, 19) === match[1];
}

export function decodeCursor(text: string): PlanListCursor {
  const invalid = () => new AppError("BAD_REQUEST", INVALID_CURSOR_MESSAGE, "cursor");
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [direction, startsAt, id, position] = parsed as unknown[];
  if (direction !== "a" && direction !== "b") throw invalid();
  if (typeof startsAt !== "string" || !isRealInstant(startsAt)) throw invalid();
  if (typeof id !== "string" || !UUID.test(id)) throw invalid();
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position > MAX_POSITION) throw invalid();
  return { direction: direction === "a" ? "after" : "before", startsAt, id, position };
}
