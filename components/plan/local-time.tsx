"use client";

import { formatDateTimeIn, formatDayIn, formatRangeIn, formatTimeIn, sameClock, useViewerTimeZone, zoneLabel } from "./time";

/**
 * The meeting's time for the plan page: on the reader's clock, always naming
 * the meeting's own zone ("…, 16:00–17:00 your time · 10:00–11:00 in America/New York").
 */
export function MeetingTime({ startsAt, endsAt, timeZone }: { startsAt: Date; endsAt: Date; timeZone: string }) {
  const viewer = useViewerTimeZone();
  const iso = startsAt.toISOString();
  if (!viewer || sameClock(viewer, timeZone, startsAt))
    return (
      <span>
        <time dateTime={iso}>{formatRangeIn(startsAt, endsAt, timeZone)}</time>{" "}
        <span className="text-slate-500">({zoneLabel(timeZone)})</span>
      </span>
    );
  return (
    <span>
      <time dateTime={iso}>{formatRangeIn(startsAt, endsAt, viewer)}</time> <span className="text-slate-500">your time</span>
      <span className="block text-sm text-slate-500">
        {formatTimeIn(startsAt, timeZone)}–{formatTimeIn(endsAt, timeZone)} in {zoneLabel(timeZone)}, the meeting&apos;s time zone
      </span>
    </span>
  );
}

/** A start time for a list row: the reader's clock, plus the meeting's clock when that reads differently. */
export function ListMeetingTime({ startsAt, timeZone }: { startsAt: Date; timeZone: string }) {
  const viewer = useViewerTimeZone() ?? timeZone;
  const iso = startsAt.toISOString();
  const differs = !sameClock(viewer, timeZone, startsAt);
  return (
    <span>
      <time dateTime={iso}>{formatDateTimeIn(startsAt, viewer)}</time>
      {differs && (
        <span className="text-slate-500">
          {" "}
          · {formatTimeIn(startsAt, timeZone)} in {zoneLabel(timeZone)}
        </span>
      )}
    </span>
  );
}

/** A date on the reader's calendar, e.g. for an invitation's expiry. */
export function LocalDay({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const viewer = useViewerTimeZone() ?? "UTC";
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTimeIn(date, viewer) : formatDayIn(date, viewer)}</time>;
}
