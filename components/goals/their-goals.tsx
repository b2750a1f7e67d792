"use client";

import type { GoalKind, PlanSide } from "@/server/rules/enums";
import { Alert } from "@/components/ui/alert";
import { EmptyList, GoalSummary } from "./goal-summary";
import { useGoals } from "./use-goals";

interface TheirGoalsProps {
  planId: string;
  mySide: PlanSide;
  listLabel: string;
  emptyText: string;
  kinds?: readonly GoalKind[];
}

/** The other side's shared goals: read-only. */
export function TheirGoals({ planId, mySide, listLabel, emptyText, kinds }: TheirGoalsProps) {
  const goals = useGoals(planId);
  if (goals.isPending) return <p className="text-sm text-slate-600">Loading goals…</p>;
  if (goals.isError) return <Alert>{goals.error.message}</Alert>;
  const theirs = goals.data.goals.filter((g) => g.side !== mySide && (!kinds || kinds.includes(g.kind)));
  if (!theirs.length) return <EmptyList text={emptyText} />;
  return (
    <ul aria-label={listLabel} className="space-y-2">
      {theirs.map((goal) => (
        <li key={goal.id} aria-label={goal.text} className="rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4">
          <GoalSummary goal={goal} viewer={mySide} theirs />
        </li>
      ))}
    </ul>
  );
}
