import type { Route } from "next";
import Link from "next/link";
import { useEffect, useRef, type RefObject } from "react";
import { formatTimeIn } from "@/server/rules/format";
import { useViewerTimeZone } from "@/components/time";
import { Button } from "@/components/ui/button";
import { textLinkClasses } from "@/components/ui/text-link";

export interface PlanFormFooterProps {
  creating: boolean;
  pending: boolean;
  dirty: boolean;
  savedAt: { at: Date; rescheduled: boolean } | null;
  backHref: Route;
}

/** The sticky bar: where the draft stands, the way back and the save button. */
export function PlanFormFooter({ creating, pending, dirty, savedAt, backHref }: PlanFormFooterProps) {
  const viewerZone = useViewerTimeZone();
  const bar = useRef<HTMLDivElement>(null);
  useKeepFocusAbove(bar);
  return (
    <div ref={bar} data-save-bar className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:shadow-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p role="status" aria-live="polite" className="min-w-0 flex-1 text-sm text-slate-600">
          {pending ? (
            creating ? "Creating the plan…" : "Saving…"
          ) : dirty ? (
            <span className="font-medium text-amber-800">Unsaved changes</span>
          ) : savedAt ? (
            <span className="font-medium text-emerald-800">
              <span aria-hidden="true">✓ </span>
              All changes saved at {formatTimeIn(savedAt.at, viewerZone ?? "UTC")}
              {savedAt.rescheduled && <span className="font-normal text-slate-600"> · the candidate was emailed the new time</span>}
            </span>
          ) : creating ? (
            "Nothing is shared with the candidate until you choose to."
          ) : (
            "No changes yet"
          )}
        </p>
        <div className="flex w-full items-center gap-3 sm:w-auto">
          <Link href={backHref} className={`${textLinkClasses} px-1 text-sm`}>
            {creating ? "Cancel" : "Back to plan"}
          </Link>
          <Button type="submit" className="flex-1 sm:flex-none" pending={pending} pendingLabel={creating ? "Creating…" : "Saving…"}>
            {creating ? "Create plan" : "Save changes"}
          </Button>
        </div>
      </div>
    </div>
  );
}

/**
 * Keeps the focused field above the sticky bar (WCAG 2.4.11). The page's scroll padding follows the bar's
 * height, which changes as its text wraps, so focus and jumps to a field stop clear of the bar; a text area
 * is scrolled only as far as its caret, so one still under the bar is brought up the rest of the way.
 */
function useKeepFocusAbove(bar: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--save-bar-height", `${element.offsetHeight}px`));
    observer.observe(element);
    const onFocus = (event: FocusEvent) => {
      const field = event.target;
      if (!(field instanceof HTMLElement) || element.contains(field)) return;
      if (field.getBoundingClientRect().bottom > element.getBoundingClientRect().top) field.scrollIntoView({ block: "nearest" });
    };
    document.addEventListener("focusin", onFocus);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocus);
      root.style.removeProperty("--save-bar-height");
    };
  }, [bar]);
}
