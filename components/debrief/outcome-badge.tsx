import type { GoalOutcome } from "@/server/rules/enums";
import { GOAL_KIND_SHORT_LABEL, GOAL_OUTCOME_LABEL } from "@/server/rules/labels";
import type { Goal } from "@/components/goals/use-goals";
import { cx } from "@/components/ui/cx";
import { LockIcon } from "@/components/ui/icons";

export const OUTCOME_TONE: Record<GoalOutcome, string> = {
  achieved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  partly: "bg-amber-50 text-amber-900 ring-amber-200",
  not_achieved: "bg-red-50 text-red-800 ring-red-200",
};

export function OutcomeBadge({ outcome }: { outcome: GoalOutcome | null }) {
  if (!outcome) return <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">Not marked yet</span>;
  return (
    <span className={cx("shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ring-1", OUTCOME_TONE[outcome])}>
      <span className="sr-only">Outcome: </span>
      {GOAL_OUTCOME_LABEL[outcome]}
    </span>
  );
}

/** A goal's kind, priority, privacy and text, above its outcome in the debrief. */
export function GoalHeading({ goal, id }: { goal: Goal; id: string }) {
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
        {GOAL_KIND_SHORT_LABEL[goal.kind]}
        {goal.priority === "must" && <span className="rounded bg-slate-800 px-1.5 py-px text-white normal-case">Must</span>}
        {goal.visibility === "private" && (
          <span className="inline-flex items-center gap-1 rounded bg-slate-200 px-1.5 py-px text-slate-800 normal-case">
            <LockIcon className="size-3" /> Private
          </span>
        )}
      </p>
      <h4 id={id} className="mt-1 font-semibold break-words text-slate-900">
        {goal.text}
      </h4>
    </div>
  );
}

/** A goal with its outcome and note, read-only: the other side's, or any goal once marking is over. */
export function GoalOutcomeReadOnly({ goal, tinted }: { goal: Goal; tinted?: boolean }) {
  const id = `goal-outcome-${goal.id}`;
  return (
    <li aria-labelledby={id} className={cx("rounded-lg border border-slate-200 p-4", tinted && "bg-slate-50/60")}>
      <div className="flex items-start justify-between gap-3">
        <GoalHeading goal={goal} id={id} />
        <OutcomeBadge outcome={goal.outcome} />
      </div>
      {goal.outcomeNote && <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-700">{goal.outcomeNote}</p>}
    </li>
  );
}
