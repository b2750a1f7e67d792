"use client";

import { useSyncExternalStore } from "react";
import { formatDateTimeIn, formatDayIn, relativeTime } from "@/server/rules/format";

const noSubscription = () => () => {};
// React asks for the snapshot on every render of every time on the page, and building a DateTimeFormat
// to learn the zone is the costly part: learn it once per page load.
let knownZone: string | undefined;
const browserZone = () => (knownZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * The reader's time zone. The server cannot know it, so the first render (on
 * the server and during hydration) gets null and the browser fills it in:
 * the page never disagrees with itself while hydrating.
 */
export function useViewerTimeZone(): string | null {
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
function useNow(): number | null {
  return useSyncExternalStore(subscribeClock, () => now, () => null);
}

/** A moment as "5 minutes ago", the exact date and time on hover and for machines. */
export function TimeText({ date, className }: { date: Date; className?: string }) {
  const zone = useViewerTimeZone() ?? "UTC";
  const nowMs = useNow();
  const exact = formatDateTimeIn(date, zone);
  return (
    <time dateTime={date.toISOString()} title={exact} className={className}>
      {(nowMs === null ? null : relativeTime(date, nowMs)) ?? exact}
    </time>
  );
}

/** A moment such as a comment's time, in the reader's zone (UTC until the browser says otherwise). */
export function LocalTime({ date, className }: { date: Date; className?: string }) {
  const viewer = useViewerTimeZone();
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDateTimeIn(date, viewer ?? "UTC", { omitThisYear: true })}
      {viewer === null && " UTC"}
    </time>
  );
}

/** A date on the reader's calendar, e.g. for an invitation's expiry. */
export function LocalDay({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDayIn(date, useViewerTimeZone() ?? "UTC")}</time>;
}

/** A moment on the reader's calendar and clock, e.g. when next steps were agreed. */
export function LocalDateTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTimeIn(date, useViewerTimeZone() ?? "UTC")}</time>;
}
