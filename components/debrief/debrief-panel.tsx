"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { useTRPC } from "@/components/trpc";
import { LoadFailed } from "@/components/ui/alert";
import { GoalOutcomeReadOnly } from "./outcome-badge";
import { OwnGoalOutcome } from "./own-goal-outcome";
import { OpenQuestions, type SuggestedStep } from "./open-questions";

/** The other side's goals, as each side names them. */
const THEIRS: Record<PlanSide, { heading: string; list: string }> = {
  candidate: { heading: "The interviewing team's shared goals", list: "Outcomes of the interviewing team's goals" },
  organisation: { heading: "The candidate's shared goals", list: "Outcomes of the candidate's goals" },
};

interface DebriefPanelProps {
  planId: string;
  mySide: PlanSide;
  /** The plan no longer changes (`allowed.write` is false): says so, offers no step suggestions. */
  readOnly: boolean;
  onMakeStep: (step: SuggestedStep) => void;
}

/**
 * After the meeting: what is still open (at the top), each of the reader's
 * goals to mark achieved / partly / not achieved, and the other side's
 * shared goals with their outcomes, read-only.
 */
export function DebriefPanel({ planId, mySide, readOnly, onMakeStep }: DebriefPanelProps) {
  const trpc = useTRPC();
  const headingId = useId();
  const goals = useQuery(trpc.goal.list.queryOptions({ planId }));
  const mine = goals.data?.goals.filter((g) => g.side === mySide) ?? [];
  const theirs = goals.data?.goals.filter((g) => g.side !== mySide) ?? [];
  const marked = mine.filter((g) => g.outcome !== null).length;


  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Debrief
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {readOnly
          ? "How each side saw its goals when the plan closed."
          : "Mark how each of your goals went. The other side sees the outcome of your shared goals, never your private ones."}
      </p>

      <div className="mt-5 space-y-8">
        <OpenQuestions planId={planId} mySide={mySide} readOnly={readOnly} onMakeStep={onMakeStep} />

        {goals.isPending ? (
          <p role="status" className="text-sm text-slate-600">
            Loading goals…
          </p>
        ) : goals.isError ? (
          <LoadFailed message={`We couldn't load the goals. ${goals.error.message}`} onRetry={() => void goals.refetch()} />
        ) : (
          // Headed columns, not regions: the goals panel on the same page has regions of these names.
          <div className="grid gap-8 lg:grid-cols-2 lg:gap-6">
            <div className="min-w-0">
              <h3 className="font-semibold text-slate-900">
                Your goals
              </h3>
              <p className="mt-1 mb-3 text-sm text-slate-600">
                {mine.length ? `${marked} of ${mine.length} marked.` : "You didn't record any goals for this meeting."}
              </p>
              {mine.length > 0 && (
                <ul aria-label="Outcomes of your goals" className="space-y-3">
                  {mine.map((goal) => (
                    goal.canMarkOutcome ? (
                      <OwnGoalOutcome key={goal.id} planId={planId} goal={goal} mySide={mySide} />
                    ) : (
                      <GoalOutcomeReadOnly key={goal.id} goal={goal} />
                    )
                  ))}
                </ul>
              )}
            </div>
            <div className="min-w-0">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {THEIRS[mySide].heading}
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-slate-600">
                  Read-only
                </span>
              </h3>
              <p className="mt-1 mb-3 text-sm text-slate-600">
                {theirs.length ? "Their outcomes and notes, as they marked them." : "Nothing shared with you."}
              </p>
              {theirs.length > 0 && (
                <ul aria-label={THEIRS[mySide].list} className="space-y-3">
                  {theirs.map((goal) => (
                    <GoalOutcomeReadOnly key={goal.id} goal={goal} tinted />
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
