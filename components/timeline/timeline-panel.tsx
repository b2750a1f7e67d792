"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { TimeText, useViewerTimeZone } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ChevronIcon } from "@/components/ui/icons";
import { describeEvent, type Reader } from "./describe-event";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";

// Collapsed (as every page opens it), the panel shows the latest entry alone: the list, its paging and its
// older pages' queries load when someone first asks for them.
const loadEntries = () => import("./timeline-entries").then((m) => m.TimelineEntries);
const TimelineEntries = dynamic(loadEntries, {
  ssr: false,
  loading: () => (
    <p role="status" className="text-sm text-slate-600">
      Loading the timeline…
    </p>
  ),
});

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
  // Kept here, not in the list: closing and reopening the panel keeps the older pages already loaded.
  const [cursors, setCursors] = useState<Date[]>([]);
  // Fresh through the plan's live updates (PlanLive invalidates every query of the plan).
  const first = useQuery(trpc.timeline.list.queryOptions({ planId, limit: TIMELINE_PAGE_SIZE }));
  const latest = first.data?.[0];
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
          onPointerEnter={() => void loadEntries()}
          onFocus={() => void loadEntries()}
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
        {open && (
          <TimelineEntries
            planId={planId}
            reader={reader}
            cursors={cursors}
            onMore={(before) => setCursors((c) => [...c, before])}
          />
        )}
      </div>
    </section>
  );
}
