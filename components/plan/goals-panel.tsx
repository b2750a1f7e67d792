"use client";

import { useId } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { OwnGoals } from "@/components/goals/own-goals";
import { TheirGoals } from "@/components/goals/their-goals";
import { PRIVATE_EXPLANATION } from "@/server/rules/labels";
import { LockIcon } from "@/components/ui/icons";

interface GoalsPanelProps {
  planId: string;
  /** Which side the reader is on: their own goals are editable, the other side's shared ones are read-only. */
  mySide: PlanSide;
}

const copy: Record<PlanSide, { intro: string; theirs: string; theirsEmpty: string; mineEmpty: string }> = {
  candidate: {
    intro: "What you want out of this meeting, and what the interviewing team has shared with you.",
    theirs: "The interviewing team's goals",
    theirsEmpty: "The interviewing team hasn't shared any goals yet.",
    mineEmpty: "You haven't added any goals yet. What do you want to establish, and what must you know before you leave?",
  },
  organisation: {
    intro: "What your team wants out of this meeting, and what the candidate has shared with you.",
    theirs: "The candidate's shared goals",
    theirsEmpty: "The candidate hasn't shared any goals yet.",
    mineEmpty: "No goals yet. What does the interviewing team want to achieve, and which areas will it challenge?",
  },
};

/**
 * Both sides' goals for one plan: "Your goals" (editable) and the other
 * side's shared goals (read-only), read from the query cache (`goal.list`);
 * private goals of the other side never reach it, the server leaves them out.
 * What may change follows the server's flags.
 */
export function GoalsPanel({ planId, mySide }: GoalsPanelProps) {
  const headingId = useId();
  const mineId = useId();
  const theirsId = useId();
  const text = copy[mySide];
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Goals
      </h2>
      <p className="mt-1 text-sm text-slate-600">{text.intro}</p>
      <div className="mt-5 grid gap-8 lg:grid-cols-2 lg:gap-6">
        <section aria-labelledby={mineId} className="min-w-0">
          <h3 id={mineId} className="font-semibold text-slate-900">
            Your goals
          </h3>
          <p className="mt-1 mb-3 flex items-center gap-1.5 text-sm text-slate-600">
            <LockIcon className="size-3.5 shrink-0 text-slate-500" />
            Shared goals are visible to both sides. {PRIVATE_EXPLANATION[mySide]}.
          </p>
          <OwnGoals
            planId={planId}
            mySide={mySide}
            listLabel="Your goals"
            emptyText={text.mineEmpty}
          />
        </section>
        <section aria-labelledby={theirsId} className="min-w-0">
          <h3 id={theirsId} className="flex flex-wrap items-center gap-x-2 gap-y-1 font-semibold text-slate-900">
            {text.theirs}
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-slate-600">Theirs · read-only</span>
          </h3>
          <p className="mt-1 mb-3 text-sm text-slate-600">Only what they chose to share.</p>
          <TheirGoals planId={planId} mySide={mySide} listLabel={text.theirs} emptyText={text.theirsEmpty} />
        </section>
      </div>
    </section>
  );
}
