import type { PlanSide } from "@/server/rules/enums";
import { sideName } from "@/server/rules/labels";
import { LocalTime } from "@/components/time";
import { cx } from "@/components/ui/cx";
import type { FirstInterviewItem } from "./use-item-actions";

/** The comments on a flagged item, oldest first; the reader's own side stands out. */
export function DiscussionThread({ item, mySide }: { item: FirstInterviewItem; mySide: PlanSide }) {
  if (!item.comments.length) return null;
  return (
    <ol aria-label="Discussion" className="mt-4 space-y-3 border-l-2 border-slate-200 pl-4">
      {item.comments.map((c) => (
        <li key={c.id} className="text-sm">
          <p className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
            <span className={cx("font-semibold", c.side === mySide ? "text-brand-800" : "text-slate-900")}>{sideName(c.side, mySide)}</span>
            {c.authorName && <span>{c.authorName}</span>}
            <LocalTime date={c.createdAt} className="text-xs text-slate-500" />
          </p>
          <p className="mt-0.5 break-words whitespace-pre-line text-slate-800">{c.text}</p>
        </li>
      ))}
    </ol>
  );
}
