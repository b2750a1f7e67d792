"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { TimeText } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { describeEvent, type Reader, type TimelineEntry } from "./describe-event";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";

const DOT: Record<string, string> = {
  good: "bg-emerald-500 ring-emerald-100",
  warning: "bg-amber-500 ring-amber-100",
  neutral: "bg-slate-500 ring-slate-100",
  default: "bg-brand-600 ring-brand-50",
};

function Entry({ entry, reader }: { entry: TimelineEntry; reader: Reader }) {
  const text = describeEvent(entry, reader);
  return (
    <li className="group relative pb-5 pl-7 last:pb-0">
      <span aria-hidden="true" className="absolute top-2 bottom-0 left-[5px] w-px bg-slate-200 group-last:hidden" />
      <span aria-hidden="true" className={cx("absolute top-1.5 left-0 size-[11px] rounded-full ring-4", DOT[text.tone ?? "default"])} />
      <p className="text-sm break-words text-slate-900">{text.sentence}</p>
      {text.detail && <p className="mt-0.5 text-sm break-words text-slate-600">{text.detail}</p>}
      <p className="mt-0.5 text-xs text-slate-500">
        <TimeText date={entry.createdAt} />
      </p>
    </li>
  );
}

export interface TimelineEntriesProps {
  planId: string;
  reader: Reader;
  /** The older pages asked for so far, each by the time of the entry before it. */
  cursors: Date[];
  onMore: (before: Date) => void;
}

/** An open timeline: the first page (the panel's own query) and the older pages asked for, newest first. */
export function TimelineEntries({ planId, reader, cursors, onMore }: TimelineEntriesProps) {
  const trpc = useTRPC();
  const first = useQuery(trpc.timeline.list.queryOptions({ planId, limit: TIMELINE_PAGE_SIZE }));
  const older = useQueries({
    queries: cursors.map((before) => ({ ...trpc.timeline.list.queryOptions({ planId, limit: TIMELINE_PAGE_SIZE, before }), staleTime: Infinity })),
  });

  const pages = [first.data ?? [], ...older.map((q) => q.data ?? [])];
  // A fresh first page can overlap an older one already loaded: show each entry once.
  const seen = new Set<string>();
  const entries = pages.flat().filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  const lastPage = pages.at(-1) ?? [];
  const loadingMore = older.some((q) => q.isPending);
  const hasMore = !loadingMore && lastPage.length === TIMELINE_PAGE_SIZE;

  return first.isPending ? (
    <p role="status" className="text-sm text-slate-600">
      Loading the timeline…
    </p>
  ) : first.isError ? (
    <p role="alert" className="text-sm text-red-700">
      We couldn&apos;t load the timeline. {first.error.message}
    </p>
  ) : entries.length === 0 ? (
    <p className="text-sm text-slate-600">Nothing has happened yet.</p>
  ) : (
    <>
      <ol aria-label="Timeline" className="list-none">
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} reader={reader} />
        ))}
      </ol>
      <div className="mt-4" aria-live="polite">
        {loadingMore && <p className="text-sm text-slate-600">Loading older entries…</p>}
        {hasMore && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              const oldest = entries.at(-1);
              if (oldest) onMore(oldest.createdAt);
            }}
          >
            Show more
          </Button>
        )}
      </div>
    </>
  );
}
