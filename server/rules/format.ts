/**
 * Dates, durations and counts as the pages write them. Pure functions: the
 * server renders with them too. Times in a named zone use en-GB, built from
 * parts because engines differ on the comma after the weekday.
 */

/** "America/New_York" → "America/New York": the IANA name, readable. */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, " ");
}

function cachedPerZone(options: Intl.DateTimeFormatOptions) {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (zone: string) => {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone });
      formats.set(zone, format);
    }
    return format;
  };
}

const dayFormat = cachedPerZone({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
const timeFormat = cachedPerZone({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

function dayParts(date: Date, zone: string) {
  const parts = dayFormat(zone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), day: get("day"), month: get("month"), year: get("year") };
}

// A page writes dozens of dates "this year or not": today's year in a zone is looked up once a minute, not per date.
const currentYears = new Map<string, { year: string; from: number; until: number }>();

function currentYear(zone: string): string {
  const now = Date.now();
  const known = currentYears.get(zone);
  if (known && now >= known.from && now < known.until) return known.year;
  const { year } = dayParts(new Date(now), zone);
  currentYears.set(zone, { year, from: now, until: now + 60_000 });
  return year;
}

interface DayOptions {
  /** "Thu 14 Jan" rather than "Thu 14 Jan 2027" when the year is the current one. */
  omitThisYear?: boolean;
}

/** "Thu 3 Dec 2026" */
export function formatDayIn(date: Date, zone: string, { omitThisYear = false }: DayOptions = {}): string {
  const { weekday, day, month, year } = dayParts(date, zone);
  const showYear = !omitThisYear || year !== currentYear(zone);
  return `${weekday} ${day} ${month}${showYear ? ` ${year}` : ""}`;
}

/** "10:00" */
export function formatTimeIn(date: Date, zone: string): string {
  return timeFormat(zone).format(date);
}

/** "Thu 3 Dec 2026, 10:00" */
export function formatDateTimeIn(date: Date, zone: string, options?: DayOptions): string {
  return `${formatDayIn(date, zone, options)}, ${formatTimeIn(date, zone)}`;
}

/** "Thu 3 Dec 2026, 10:00–11:00", with the end's day named when the meeting runs past midnight. */
export function formatRangeIn(start: Date, end: Date, zone: string): string {
  const endDay = formatDayIn(end, zone);
  const sameDay = endDay === formatDayIn(start, zone);
  return `${formatDateTimeIn(start, zone)}–${sameDay ? "" : `${endDay}, `}${formatTimeIn(end, zone)}`;
}

/** "Thu 3 Dec 2026, 10:00–11:00 (Europe/London)": the meeting on its own clock, zone named, where the reader's zone is unknown (emails, notifications, calendar files). */
export function formatMeetingOnItsClock(meeting: { startsAt: Date; endsAt: Date; timeZone: string }): string {
  return `${formatRangeIn(meeting.startsAt, meeting.endsAt, meeting.timeZone)} (${zoneLabel(meeting.timeZone)})`;
}

/** True when two zones show the same wall clock at `at` (Europe/Paris and Europe/Berlin, say). */
export function sameClock(a: string, b: string, at: Date): boolean {
  return a === b || formatDateTimeIn(at, a) === formatDateTimeIn(at, b);
}

// Settings and the dev outbox render on the server only, where the reader's zone is unknown: UTC, said so.
const utcDay = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const utcDayAndTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "3 Dec 2026" */
export function formatDayUtc(date: Date): string {
  return utcDay.format(date);
}

/** "3 Dec 2026, 10:00 UTC" */
export function formatDateTimeUtc(date: Date): string {
  return `${utcDayAndTime.format(date)} UTC`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** A due date ("2026-12-12") as "Sat 12 Dec 2026": a calendar day, the same in every time zone. */
export function formatDueOn(dueOn: string, { weekday = true, year = true } = {}): string {
  const [y, m, d] = dueOn.split("-").map(Number);
  if (!y || !m || !d) return dueOn;
  const day = new Date(Date.UTC(y, m - 1, d));
  return [weekday ? WEEKDAYS[day.getUTCDay()] : null, d, MONTHS[m - 1], year ? y : null].filter(Boolean).join(" ");
}

/** Today's date on the reader's calendar, as an input[type=date] value. */
export function todayIso(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

/** "just now", "5 minutes ago", "yesterday"; null when the absolute date reads better (a week or more). */
export function relativeTime(date: Date, nowMs: number): string | null {
  const seconds = Math.round((date.getTime() - nowMs) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 45 * 60) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86_400) return relative.format(Math.round(seconds / 86_400), "day");
  return null;
}

/** "45 minutes", "1 hour", "1 hour 30 min"; short: "45 min", "1 h", "1 h 30 min". */
export function durationLabel(minutes: number, { short = false } = {}): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (short) return [h && `${h} h`, m && `${m} min`].filter(Boolean).join(" ");
  if (!h) return `${m} minutes`;
  return `${h} hour${h > 1 ? "s" : ""}${m ? ` ${m} min` : ""}`;
}

/** "1 plan", "3 plans" */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
