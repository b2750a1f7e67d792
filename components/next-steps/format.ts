import { useSyncExternalStore } from "react";

/**
 * Dates for the debrief, next steps, timeline and notifications. Everything
 * here renders after the data arrives in the browser, but the hooks still
 * give the server a stable answer (null) so hydration never disagrees.
 */

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The reader's time zone; null while rendering on the server. */
export function useBrowserZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}

// One shared clock that ticks each minute, so "5 minutes ago" keeps up without every row owning a timer.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribeClock(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 60_000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, refreshed each minute; null on the server. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribeClock, () => now, () => null);
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

/** "Sat 12 Dec 2026, 14:05" on the given clock. */
export function formatInstant(date: Date, zone: string | null, { time = true } = {}): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone ?? "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(time ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}`;
  return time ? `${day}, ${get("hour")}:${get("minute")}` : day;
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

/** "5 minutes ago" (with the exact time on hover) or "Sat 12 Dec 2026, 14:05". */
export function useTimeText(date: Date): { text: string; exact: string } {
  const zone = useBrowserZone();
  const nowMs = useNow();
  const exact = formatInstant(date, zone);
  const rel = nowMs === null ? null : relativeTime(date, nowMs);
  return { text: rel ?? exact, exact };
}
