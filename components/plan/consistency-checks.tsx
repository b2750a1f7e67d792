"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { TOPIC_LABEL } from "@/server/rules/labels";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { FlagToRevisitDialog } from "./first-interview/flag-to-revisit-dialog";
import type { FirstInterviewItem } from "./first-interview/use-item-actions";

// Rendered on the server with the checks; their code (the discussion, the reply form and its mutations) loads only
// on a page that has an open check, as most plans have none.
const FlaggedItem = dynamic(() => import("./first-interview/flagged-item").then((m) => m.FlaggedItem));

export type { FirstInterviewItem } from "./first-interview/use-item-actions";

interface ItemsProps {
  planId: string;
  mySide: PlanSide;
  /** The plan view's `firstInterview`, read from the query cache by the page; each item carries what the reader may do. */
  items: FirstInterviewItem[];
}

/**
 * The consistency checks of the second interview: every first-interview item
 * either side flagged "to revisit", with who flagged it, the discussion, and
 * the reply box and "Mark as agreed" where the server allows them.
 */
export function ConsistencyChecks({ planId, mySide, items }: ItemsProps) {
  const headingId = useId();
  const flagged = items.filter((i) => i.status === "to_revisit");
  return (
    <section
      aria-labelledby={headingId}
      className={cx("rounded-xl border p-5 shadow-sm sm:p-6", flagged.length ? "border-amber-200 bg-amber-50/60" : "border-slate-200 bg-white")}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          Consistency checks
        </h2>
        <Badge tone={flagged.length ? "warning" : "success"}>{flagged.length ? `${flagged.length} to revisit` : "Nothing to revisit"}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-600">What the first interview established that either side wants to look at again in this meeting.</p>
      {flagged.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          Nothing is flagged. If something from the first interview no longer sounds right, use “Flag to revisit” on it below.
        </p>
      ) : (
        <ul aria-label="Items to revisit" className="mt-4 space-y-4">
          {flagged.map((item) => (
            <FlaggedItem key={item.id} planId={planId} mySide={mySide} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What the first interview established, item by item, with its status and a
 * "Flag to revisit" action where the server allows it (flagged ones link to their discussion).
 */
export function FirstInterviewList({ planId, items }: ItemsProps) {
  if (!items.length) return <p className="text-sm text-slate-600">Nothing was recorded from the first interview.</p>;
  return (
    <ul aria-label="What the first interview established" className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} aria-label={TOPIC_LABEL[item.topic]} className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium text-slate-900">{TOPIC_LABEL[item.topic]}</h3>
              {item.status === "agreed" ? <Badge tone="success">Agreed</Badge> : <Badge tone="warning">To revisit</Badge>}
            </div>
            <p className="mt-1 text-sm break-words text-slate-700">{item.summary}</p>
          </div>
          <div className="shrink-0">
            <FlagToRevisitDialog
              planId={planId}
              item={item}
              fallback={
                item.status === "to_revisit" && (
                  <a href={`#check-${item.id}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
                    See the discussion
                  </a>
                )
              }
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
