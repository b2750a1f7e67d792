"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import type { Route } from "next";
import { OutcomeBanner } from "@/components/debrief/outcome-banner";
import { PlanFollowUp } from "@/components/next-steps/plan-follow-up";
import { ConsistencyChecks, FirstInterviewList } from "@/components/plan/consistency-checks";
import { GoalsPanel } from "@/components/plan/goals-panel";
import { PlanHistory } from "@/components/timeline/plan-history";
import { useTRPC } from "@/components/trpc";
import { planEditPath } from "@/server/rules/plan-urls";
import { Card } from "@/components/ui/card";
import { ClosedBanner } from "./closed-banner";
import { InternalNoteSection } from "./internal-note-section";
import { MeetingSection } from "./meeting-section";
import { PeopleSection } from "./people-section";
import { PlanPageHeader } from "./plan-page-header";
import { PreparationSummary } from "./preparation-summary";
import { SharingPanel } from "./sharing-panel";

export interface RecruiterPlanViewProps {
  planId: string;
}

/**
 * The recruiter's plan page. Every part reads the plan from the query cache
 * (filled on the server before the first paint), so a change anyone makes
 * reaches all of them at once when its query is invalidated.
 */
export function RecruiterPlanView({ planId }: RecruiterPlanViewProps) {
  const trpc = useTRPC();
  const { data: plan } = useSuspenseQuery(trpc.plan.get.queryOptions({ planId }));
  const editHref = plan.allowed.edit ? (planEditPath(plan.id) as Route) : null;

  return (
    <>
      <PlanPageHeader plan={plan} />
      {!plan.allowed.write && <ClosedBanner cancelledAt={plan.cancelledAt} />}

      <OutcomeBanner mySide="organisation" outcome={plan.outcome} closingMessage={plan.closingMessage} closedAt={plan.closedAt} />
      <PlanFollowUp
        planId={plan.id}
        mySide="organisation"
        followUp={plan.followUp}
        stage={plan.stage}
        recruiter={{ version: plan.version, candidateName: plan.candidateName, candidateSees: plan.candidateSees }}
      />

      <div className="space-y-6">
        <SharingPanel plan={plan} />
        {plan.firstInterview.length > 0 && (
          <ConsistencyChecks planId={plan.id} mySide="organisation" items={plan.firstInterview} />
        )}
        <PreparationSummary plan={plan} />
        <MeetingSection plan={plan} />
        <PeopleSection interviewers={plan.interviewers} editHref={editHref} />
        <Card
          title="What the first interview established"
          description="Both sides see these. Flag an item to revisit it in the second meeting."
        >
          <FirstInterviewList planId={plan.id} mySide="organisation" items={plan.firstInterview} />
        </Card>
        <GoalsPanel planId={plan.id} mySide="organisation" />
        <InternalNoteSection note={plan.internalNote} editHref={editHref} />
      </div>

      <PlanHistory planId={plan.id} mySide="organisation" meetingAhead={plan.meetingAhead} endsAt={plan.endsAt} />
    </>
  );
}
