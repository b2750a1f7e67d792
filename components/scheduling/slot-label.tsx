"use client";

import { MeetingTimeRange } from "@/components/meeting-time";
import { durationLabel } from "@/server/rules/format";

export interface SlotLabelProps {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/** An offered time on the reader's clock, with the meeting's own zone named, and how long it lasts. */
export function SlotLabel({ startsAt, endsAt, timeZone }: SlotLabelProps) {
  return (
    <span className="min-w-0">
      <MeetingTimeRange startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} />
      <span className="block text-sm text-slate-600">{durationLabel(Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000))}</span>
    </span>
  );
}
