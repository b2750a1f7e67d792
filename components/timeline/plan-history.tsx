"use client";

import type { PlanSide } from "@/server/rules/enums";
import { NextStepsNotOpen } from "@/components/next-steps/next-steps-not-open";
import { useTimeToBePicked } from "@/components/scheduling/use-time-to-be-picked";
import { TimelinePanel } from "./timeline-panel";

interface PlanHistoryProps {
  planId: string;
  mySide: PlanSide;
  /** The plan view's meetingAhead: next steps open once the meeting ends. */
  meetingAhead: boolean;
  endsAt: Date;
}

/**
 * The foot of both plan pages: before the meeting, a note that next steps
 * open once it ends (after it, they sit at the top in PlanFollowUp); always, the timeline.
 */
export function PlanHistory({ planId, mySide, meetingAhead, endsAt }: PlanHistoryProps) {
  const toBePicked = useTimeToBePicked(planId, mySide);
  return (
    <div className="mt-6 space-y-6" data-section="history">
      {meetingAhead && <NextStepsNotOpen endsAt={toBePicked ? null : endsAt} />}
      <TimelinePanel planId={planId} mySide={mySide} />
    </div>
  );
}
