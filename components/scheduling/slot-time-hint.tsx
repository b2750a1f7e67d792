"use client";

import { useViewerTimeZone } from "@/components/time";
import { formatDateTimeIn, sameClock } from "@/server/rules/format";
import { zonedLocalToUtc } from "@/server/rules/time-zones";

/** A time typed on the meeting's clock, read back on the reader's own when that differs. */
export function SlotTimeHint({ local, zone, id }: { local: string; zone: string; id?: string }) {
  const viewer = useViewerTimeZone();
  if (!viewer || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const instant = zonedLocalToUtc(local, zone);
  if (Number.isNaN(instant.getTime()) || sameClock(viewer, zone, instant)) return null;
  return (
    <p id={id} className="text-sm text-slate-600">
      {formatDateTimeIn(instant, viewer)} your time
    </p>
  );
}
