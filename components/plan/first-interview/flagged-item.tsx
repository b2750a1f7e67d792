"use client";

import type { PlanSide } from "@/server/rules/enums";
import { sideName, TOPIC_LABEL } from "@/server/rules/labels";
import { LocalTime } from "@/components/time";
import { Badge } from "@/components/ui/badge";
import { DiscussionThread } from "./discussion-thread";
import { ReplyForm } from "./reply-form";
import type { FirstInterviewItem } from "./use-item-actions";

function flaggedByText(side: PlanSide | null, viewer: PlanSide): string {
  return side ? `Flagged by ${sideName(side, viewer).toLowerCase()}` : "Flagged to revisit";
}

export interface FlaggedItemProps {
  planId: string;
  mySide: PlanSide;
  item: FirstInterviewItem;
}

/** One consistency check: the item, who flagged it and when, its discussion, and the reply box where allowed. */
export function FlaggedItem({ planId, mySide, item }: FlaggedItemProps) {
  return (
    <li id={`check-${item.id}`} aria-label={TOPIC_LABEL[item.topic]} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{TOPIC_LABEL[item.topic]}</h3>
        <Badge tone="warning">To revisit</Badge>
      </div>
      <p className="mt-1 text-slate-700">{item.summary}</p>
      <p className="mt-2 text-xs text-slate-500">
        {flaggedByText(item.flaggedBySide, mySide)}
        {item.flaggedAt && (
          <>
            , <LocalTime date={item.flaggedAt} />
          </>
        )}
      </p>
      <DiscussionThread item={item} mySide={mySide} />
      {(item.canReply || item.canAgree) && <ReplyForm planId={planId} item={item} />}
    </li>
  );
}
