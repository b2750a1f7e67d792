"use client";

import { useState } from "react";
import type { PlanSide, PlanStage } from "@/server/rules/enums";
import { ClosePlanDialog } from "@/components/debrief/close-plan-dialog";
import { DebriefPanel } from "@/components/debrief/debrief-panel";
import { usePlanView } from "@/components/plan/use-plan-view";
import { NextStepsPanel, type StepPrefill } from "./next-steps-panel";

export interface PlanFollowUpProps {
  planId: string;
  mySide: PlanSide;
  /** The plan view's followUp: the meeting took place and was not cancelled, so it has a debrief and next steps. */
  followUp: boolean;
  /** The plan's stage, for the close prompt's wording. */
  stage: PlanStage;
  /** The recruiter's page: adds the "Close plan" action when the view allows it. */
  recruiter?: { version: number; candidateName: string; candidateSees: boolean };
}

/** How the close prompt opens, by where the plan stands. */
const CLOSE_PROMPT: Partial<Record<PlanStage, string>> = { next_steps_agreed: "Next steps are agreed" };

/**
 * Everything after the meeting, in one section of both plan pages: the next
 * steps (the product's promise), the debrief with its open questions, and
 * for the recruiter the way to close the plan with an outcome. Rendered through PlanFollowUp only.
 */
export function FollowUpSections({ planId, mySide, stage, recruiter }: PlanFollowUpProps) {
  const [prefill, setPrefill] = useState<StepPrefill | null>(null);
  const allowed = usePlanView(planId, mySide).data?.allowed;

  return (
    <div className="mb-6 space-y-6" data-section="follow-up">
      {recruiter && allowed?.close && (
        <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5">
          <div className="text-sm">
            <p className="font-medium text-slate-900">{CLOSE_PROMPT[stage] ?? "The meeting is over"}</p>
            <p className="mt-0.5 text-slate-600">
              When the process has an outcome (offer, further round, not progressing or withdrawn), close the plan to tell{" "}
              {recruiter.candidateName}.
            </p>
          </div>
          <ClosePlanDialog planId={planId} version={recruiter.version} candidateName={recruiter.candidateName} candidateSees={recruiter.candidateSees} />
        </div>
      )}
      <NextStepsPanel planId={planId} mySide={mySide} prefill={prefill} />
      <DebriefPanel
        planId={planId}
        mySide={mySide}
        readOnly={!allowed?.write}
        onMakeStep={(step) => setPrefill((old) => ({ ...step, key: (old?.key ?? 0) + 1 }))}
      />
    </div>
  );
}
