"use client";

import { useTimeText } from "./format";

/** A moment as "5 minutes ago", the exact date and time on hover and for machines. */
export function TimeText({ date, className }: { date: Date; className?: string }) {
  const { text, exact } = useTimeText(date);
  return (
    <time dateTime={date.toISOString()} title={exact} className={className}>
      {text}
    </time>
  );
}
