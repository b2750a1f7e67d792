"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { TimeText, useViewerTimeZone } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ChevronIcon } from "@/components/ui/icons";
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

/**
 * Who did what and when, in sentences, filtered by the server to what this
 * reader may see. Collapsed to its latest entry until opened; older entries
 * load page by page.
 */
export function TimelinePanel({ planId, mySide, defaultOpen = false }: { planId: string; mySide: PlanSide; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const headingId = useId();
  const listId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [cursors, setCursors] = useState<Date[]>([]);
  // Fresh through the plan's live updates (PlanLive invalidates every query of the plan).
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
  const latest = entries[0];
  // Times in the reader's zone; UTC until the browser says which (as TimeText does).
  const reader: Reader = { side: mySide, timeZone: useViewerTimeZone() ?? "UTC" };

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            Timeline
          </h2>
          {!open && latest && (
            <p className="mt-1 text-sm break-words text-slate-600">
              Latest: {describeEvent(latest, reader).sentence} · <TimeText date={latest.createdAt} />
            </p>
          )}
          {open && <p className="mt-1 text-sm text-slate-600">Who did what and when, newest first.</p>}
        </div>
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
          className="shrink-0"
        >
          {open ? "Hide" : "Show"}
          <span className="sr-only"> timeline</span>
          <ChevronIcon className={cx("size-4 transition-transform", open && "rotate-180")} />
        </Button>
      </div>
      {/* Collapsed, the entries are hidden from everyone: render them (and format their times) only once opened. */}
      <div id={listId} hidden={!open} className="mt-5">
        {!open ? null : first.isPending ? (
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
                    if (oldest) setCursors((c) => [...c, oldest.createdAt]);
                  }}
                >
                  Show more
                </Button>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
