import type { PlanSide } from "@/server/rules/enums";
import { GOAL_KIND_LABEL, GOAL_KIND_LABEL_FOR_OTHER_SIDE, PRIORITY_LABEL } from "@/server/rules/labels";
import { LocalTime } from "@/components/time";
import { Badge } from "@/components/ui/badge";
import { PrivateBadge } from "./private-badge";
import type { Goal } from "./use-goals";

const priorityTone = { must: "warning", should: "brand", nice: "neutral" } as const;

/** How the other side's goal kinds read to each viewer: the organisation reads the candidate's "I" as "they". */
const THEIR_KIND_LABEL: Record<PlanSide, Record<Goal["kind"], string>> = {
  candidate: GOAL_KIND_LABEL,
  organisation: GOAL_KIND_LABEL_FOR_OTHER_SIDE,
};

interface GoalSummaryProps {
  goal: Goal;
  viewer: PlanSide;
  /** The other side's goal: worded about them, marked "Theirs". */
  theirs?: boolean;
  /** Who changed it last, for a team whose members share the list. */
  showEditor?: boolean;
}

export function GoalSummary({ goal, viewer, theirs, showEditor }: GoalSummaryProps) {
  const kindLabel = (theirs ? THEIR_KIND_LABEL[viewer] : GOAL_KIND_LABEL)[goal.kind];
  return (
    <div className="min-w-0 flex-1">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{kindLabel}</p>
      <p className="mt-1 font-medium break-words text-slate-900">{goal.text}</p>
      {goal.interviewerName && <p className="mt-0.5 text-sm text-slate-600">{goal.interviewerName}&rsquo;s goal</p>}
      {goal.detail && <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-600">{goal.detail}</p>}
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <Badge tone={priorityTone[goal.priority]}>
          <span className="sr-only">Priority: </span>
          {PRIORITY_LABEL[goal.priority]}
        </Badge>
        {goal.visibility === "private" && <PrivateBadge />}
        {theirs && <Badge>Theirs</Badge>}
      </div>
      {showEditor && goal.lastEditedByName && (
        <p className="mt-2 text-xs text-slate-500">
          Last changed by {goal.lastEditedByName}, <LocalTime date={goal.updatedAt} />
        </p>
      )}
    </div>
  );
}

export function EmptyList({ text }: { text: string }) {
  return <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600">{text}</p>;
}
