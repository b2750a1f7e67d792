"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The reader's time zone. The server cannot know it, so the first render (on
 * the server and during hydration) uses null and the browser fills it in:
 * the page never disagrees with itself while hydrating.
 */
export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, () => null);
}

function clock(date: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

function yearIn(date: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric" }).format(date);
}

/** "Thu 14 Jan, 10:00", with the year ("Thu 14 Jan 2027, 10:00") only when it is not this year's. */
function withYear(date: Date, zone: string): string {
  const showYear = yearIn(date, zone) !== yearIn(new Date(), zone);
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric" }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")}${showYear ? ` ${part("year")}` : ""}, ${clock(date, zone)}`;
}

/**
 * "Thu 14 Jan, 10:00 (your time) · 10:00 Europe/London": the meeting in the
 * reader's zone, with the meeting's own zone named. When both zones agree only
 * one time is shown.
 */
export function MeetingTime({ startsAt, timeZone, className }: { startsAt: Date; timeZone: string; className?: string }) {
  const viewer = useViewerTimeZone();
  const meeting = `${withYear(startsAt, timeZone)} ${timeZone}`;
  const sameClock = viewer !== null && withYear(startsAt, viewer) === withYear(startsAt, timeZone);
  return (
    <time dateTime={startsAt.toISOString()} className={className}>
      {viewer === null || sameClock ? (
        <>
          {meeting}
          {viewer !== null && <span className="text-slate-500"> (your time)</span>}
        </>
      ) : (
        <>
          {withYear(startsAt, viewer)} <span className="text-slate-500">(your time)</span>
          <span aria-hidden="true" className="text-slate-400">
            {" "}
            ·{" "}
          </span>
          <span className="sr-only">, </span>
          <span className="text-slate-600">
            {clock(startsAt, timeZone)} {timeZone}
          </span>
        </>
      )}
    </time>
  );
}

/** A moment such as a comment's time, in the reader's zone (UTC until the browser says otherwise). */
export function LocalTime({ date, className }: { date: Date; className?: string }) {
  const viewer = useViewerTimeZone();
  const zone = viewer ?? "UTC";
  return (
    <time dateTime={date.toISOString()} className={className}>
      {withYear(date, zone)}
      {viewer === null && " UTC"}
    </time>
  );
}
