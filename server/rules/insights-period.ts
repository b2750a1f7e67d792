import { INSIGHTS_MAX_SPAN_DAYS } from "./limits";

/**
 * The insights' period: two calendar days, both included, read in UTC. A plan
 * is in the period when its meeting starts within it (while its time is still
 * to be picked: its first offered time). The page, the CSV and the query all
 * read the period through these functions.
 */
export interface InsightsPeriod {
  /** "2026-09-03" */
  from: string;
  to: string;
}

export const PERIOD_PRESETS = [30, 90, 365] as const;
export const DEFAULT_PERIOD_DAYS = 90;

const DAY_MS = 86_400_000;

export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);
const startOfDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The last `days` days, today (UTC) included. */
export function lastDays(days: number, now: Date): InsightsPeriod {
  const to = dayOf(now);
  return { from: dayOf(new Date(startOfDay(to).getTime() - (days - 1) * DAY_MS)), to };
}

/** The instants the period covers: from the start of `from` up to, not including, the start of the day after `to`. */
export function periodBounds(period: InsightsPeriod): { start: Date; end: Date } {
  return { start: startOfDay(period.from), end: new Date(startOfDay(period.to).getTime() + DAY_MS) };
}

/** How many days the period covers, both ends included. */
export function periodDays(period: InsightsPeriod): number {
  const { start, end } = periodBounds(period);
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

export const PERIOD_ORDER_MESSAGE = "The period must start on or before its last day.";
export const PERIOD_SPAN_MESSAGE = `Choose a period of at most ${INSIGHTS_MAX_SPAN_DAYS} days (three years).`;

/** Why the period cannot be shown, or null. */
export function periodRefusal(period: InsightsPeriod): string | null {
  if (period.from > period.to) return PERIOD_ORDER_MESSAGE;
  if (periodDays(period) > INSIGHTS_MAX_SPAN_DAYS) return PERIOD_SPAN_MESSAGE;
  return null;
}

/** The preset the period is, counted back from today, if any: the page marks it as chosen. */
export function presetOf(period: InsightsPeriod, now: Date): number | null {
  return PERIOD_PRESETS.find((days) => { const p = lastDays(days, now); return p.from === period.from && p.to === period.to; }) ?? null;
}

/**
 * The period an address asks for: `days` (one of the presets) counted back from today, or `from` and `to`
 * as given (the procedure validates them), or the last DEFAULT_PERIOD_DAYS days.
 */
export function periodFromParams(params: URLSearchParams, now: Date): InsightsPeriod {
  const days = Number(params.get("days"));
  if ((PERIOD_PRESETS as readonly number[]).includes(days)) return lastDays(days, now);
  const from = params.get("from");
  const to = params.get("to");
  if (from !== null || to !== null) return { from: from ?? "", to: to ?? "" };
  return lastDays(DEFAULT_PERIOD_DAYS, now);
}
