import { useSyncExternalStore } from "react";

/**
 * Times on the recruiter's pages are shown on the reader's own clock (the
 * browser's zone), with the meeting's zone named when it differs. The server
 * does not know the reader's zone, so it renders the meeting's clock and the
 * browser switches after hydration (useSyncExternalStore keeps React happy).
 */
const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}

/** "America/New_York" → "America/New York": the IANA name, readable. */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, " ");
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(zone: string) {
  let f = dayFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric" });
    dayFormats.set(zone, f);
  }
  return f;
}

function timeFormat(zone: string) {
  let f = timeFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    timeFormats.set(zone, f);
  }
  return f;
}

/** "Thu 3 Dec 2026" (built from parts: engines differ on the comma after the weekday). */
export function formatDayIn(date: Date, zone: string): string {
  const parts = dayFormat(zone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}`;
}

/** "10:00" */
export function formatTimeIn(date: Date, zone: string): string {
  return timeFormat(zone).format(date);
}

/** "Thu 3 Dec 2026, 10:00" */
export function formatDateTimeIn(date: Date, zone: string): string {
  return `${formatDayIn(date, zone)}, ${formatTimeIn(date, zone)}`;
}

/** "Thu 3 Dec 2026, 10:00–11:00", with the end's day named when the meeting runs past midnight. */
export function formatRangeIn(start: Date, end: Date, zone: string): string {
  const endDay = formatDayIn(end, zone);
  const sameDay = endDay === formatDayIn(start, zone);
  return `${formatDateTimeIn(start, zone)}–${sameDay ? "" : `${endDay}, `}${formatTimeIn(end, zone)}`;
}

/** True when two zones show the same wall clock at `at` (Europe/Paris and Europe/Berlin, say). */
export function sameClock(a: string, b: string, at: Date): boolean {
  return a === b || formatDateTimeIn(at, a) === formatDateTimeIn(at, b);
}
