"use client";

import { GoalSummary } from "@/components/goals/goal-summary";
import { useGoals } from "@/components/goals/use-goals";
import { Alert } from "@/components/ui/alert";
import { AcknowledgeGoal } from "./acknowledge-goal";
import type { Preparation } from "./use-preparation";

interface StepTheirGoalsProps {
  planId: string;
  acknowledgements: Preparation["acknowledgements"];
  readOnly: boolean;
}

/** Step 5: the interviewing team's shared goals, each to tick off as considered. */
export function StepTheirGoals({ planId, acknowledgements, readOnly }: StepTheirGoalsProps) {
  const goals = useGoals(planId);
  if (goals.isPending) return <p className="text-sm text-slate-600">Loading the interviewing team&apos;s goals…</p>;
  if (goals.isError) return <Alert>{goals.error.message}</Alert>;
  const theirs = goals.data.goals.filter((g) => g.side !== goals.data.mySide);
  if (!theirs.length)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600">
        The interviewing team hasn&apos;t shared its goals yet. You can still mark this step done.
      </p>
    );
  return (
    <ul aria-label="The interviewing team's goals" className="space-y-3">
      {theirs.map((goal) => (
        <li key={goal.id} aria-label={goal.text} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <GoalSummary goal={goal} viewer="candidate" theirs />
          <AcknowledgeGoal
            planId={planId}
            goalId={goal.id}
            goalText={goal.text}
            existing={acknowledgements.find((a) => a.goalId === goal.id)}
            readOnly={readOnly}
          />
        </li>
      ))}
    </ul>
  );
}
