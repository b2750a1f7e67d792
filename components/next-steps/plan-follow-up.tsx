"use client";

import { useState } from "react";
import type { PlanSide, PlanStage } from "@/server/rules/enums";
import { ClosePlanDialog } from "@/components/debrief/close-plan-dialog";
import { DebriefPanel } from "@/components/debrief/debrief-panel";
import { NextStepsPanel, type StepPrefill } from "./next-steps-panel";
import { isAfterMeeting } from "@/server/rules/stages";

interface PlanFollowUpProps {
  planId: string;
  mySide: PlanSide;
  stage: PlanStage;
  endsAt: Date;
  /** A cancelled meeting never happened: no debrief, no next steps. */
  cancelled: boolean;
  /** The recruiter's page: adds the "Close plan" action. */
  recruiter?: { version: number; candidateName: string };
}

/**
 * Everything after the meeting, in one section of both plan pages: the next
 * steps (the product's promise), the debrief with its open questions, and
 * for the recruiter the way to close the plan with an outcome.
 */
export function PlanFollowUp({ planId, mySide, stage, endsAt, cancelled, recruiter }: PlanFollowUpProps) {
  const [prefill, setPrefill] = useState<StepPrefill | null>(null);
  const after = isAfterMeeting(stage);
  // Before the meeting this section stays out of the way: PlanHistory, lower on the page, says when it opens.
  if (cancelled || !after) return null;
  const closed = stage === "closed";
  const canClose = recruiter && !closed;

  return (
    <div className="mb-6 space-y-6" data-section="follow-up">
      {canClose && (
        <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5">
          <div className="text-sm">
            <p className="font-medium text-slate-900">
              {stage === "next_steps_agreed" ? "Next steps are agreed" : "The meeting is over"}
            </p>
            <p className="mt-0.5 text-slate-600">
              When the process has an outcome (offer, further round, not progressing or withdrawn), close the plan to tell{" "}
              {recruiter.candidateName}.
            </p>
          </div>
          <ClosePlanDialog planId={planId} version={recruiter.version} candidateName={recruiter.candidateName} candidateSees />
        </div>
      )}
      <NextStepsPanel planId={planId} mySide={mySide} stage={stage} endsAt={endsAt} prefill={prefill} />
      <DebriefPanel
        planId={planId}
        mySide={mySide}
        readOnly={closed}
        onMakeStep={(step) => setPrefill((old) => ({ ...step, key: (old?.key ?? 0) + 1 }))}
      />
    </div>
  );
}
