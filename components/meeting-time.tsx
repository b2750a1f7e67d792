"use client";

import { formatDateTimeIn, formatRangeIn, formatTimeIn, sameClock, zoneLabel } from "@/server/rules/format";
import { useViewerTimeZone } from "./time";

/**
 * The candidate's meeting start: "Thu 14 Jan, 10:00 (your time) · 10:00
 * Europe/London", the reader's clock with the meeting's own zone named. When
 * both clocks agree only one time is shown.
 */
export function MeetingTime({ startsAt, timeZone, className }: { startsAt: Date; timeZone: string; className?: string }) {
  const viewer = useViewerTimeZone();
  const inViewer = viewer === null ? null : formatDateTimeIn(startsAt, viewer, { omitThisYear: true });
  const inMeeting = formatDateTimeIn(startsAt, timeZone, { omitThisYear: true });
  return (
    <time dateTime={startsAt.toISOString()} className={className}>
      {inViewer === null || inViewer === inMeeting ? (
        <>
          {`${inMeeting} ${timeZone}`}
          {inViewer !== null && <span className="text-slate-500"> (your time)</span>}
        </>
      ) : (
        <>
          {inViewer} <span className="text-slate-500">(your time)</span>
          <span aria-hidden="true" className="text-slate-400">
            {" "}
            ·{" "}
          </span>
          <span className="sr-only">, </span>
          <span className="text-slate-600">
            {formatTimeIn(startsAt, timeZone)} {timeZone}
          </span>
        </>
      )}
    </time>
  );
}

/**
 * The meeting's time for the recruiter's plan page: on the reader's clock, always naming
 * the meeting's own zone ("…, 16:00–17:00 your time · 10:00–11:00 in America/New York").
 */
export function MeetingTimeRange({ startsAt, endsAt, timeZone }: { startsAt: Date; endsAt: Date; timeZone: string }) {
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
  return (
    <span>
      <time dateTime={startsAt.toISOString()}>{formatDateTimeIn(startsAt, viewer)}</time>
      {!sameClock(viewer, timeZone, startsAt) && (
        <span className="text-slate-500">
          {" "}
          · {formatTimeIn(startsAt, timeZone)} in {zoneLabel(timeZone)}
        </span>
      )}
    </span>
  );
}
