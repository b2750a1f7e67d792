import { formatDateTimeIn, sameClock, zoneLabel } from "@/server/rules/format";
import { zonedLocalToUtc } from "@/server/rules/time-zones";
import { useViewerTimeZone } from "@/components/time";

export interface YourTimeHintProps {
  /** The date and time as typed, on the meeting's clock. */
  local: string;
  zone: string;
}

/** Names the clock the date is read on, and the reader's own time when that differs. */
export function YourTimeHint({ local, zone }: YourTimeHintProps) {
  const viewer = useViewerTimeZone();
  let yours: string | null = null;
  if (viewer && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) {
    try {
      const instant = zonedLocalToUtc(local, zone);
      if (!Number.isNaN(instant.getTime()) && !sameClock(viewer, zone, instant))
        yours = `${formatDateTimeIn(instant, viewer)} your time (${zoneLabel(viewer)})`;
    } catch {
      yours = null;
    }
  }
  return (
    <p className="text-sm text-slate-600">
      The date and time are on the meeting&apos;s clock, in {zoneLabel(zone)}.
      {yours && <> That&apos;s {yours}.</>}
    </p>
  );
}
