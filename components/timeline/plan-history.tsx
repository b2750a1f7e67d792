"use client";

import type { PlanSide, PlanStage } from "@/server/rules/enums";
import { NextStepsPanel } from "@/components/next-steps/next-steps-panel";
import { isAfterMeeting } from "@/server/rules/stages";
import { TimelinePanel } from "./timeline-panel";

interface PlanHistoryProps {
  planId: string;
  mySide: PlanSide;
  stage: PlanStage;
  endsAt: Date;
  cancelled: boolean;
}

/**
 * The foot of both plan pages: before the meeting, a note that next steps
 * open once it ends (after it, they sit at the top in PlanFollowUp); always, the timeline.
 */
export function PlanHistory({ planId, mySide, stage, endsAt, cancelled }: PlanHistoryProps) {
  return (
    <div className="mt-6 space-y-6" data-section="history">
      {!isAfterMeeting(stage) && !cancelled && <NextStepsPanel planId={planId} mySide={mySide} stage={stage} endsAt={endsAt} />}
      <TimelinePanel planId={planId} mySide={mySide} />
    </div>
  );
}
