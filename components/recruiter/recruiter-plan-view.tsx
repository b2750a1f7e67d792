"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import type { Route } from "next";
import dynamic from "next/dynamic";
import { PlanFollowUp } from "@/components/next-steps/plan-follow-up";
import { ConsistencyChecks, FirstInterviewList } from "@/components/plan/consistency-checks";
import { GoalsPanel } from "@/components/plan/goals-panel";
import { SummaryActions } from "@/components/plan/summary-actions";
import { PlanHistory } from "@/components/timeline/plan-history";
import { useTRPC } from "@/components/trpc";
import { planEditPath } from "@/server/rules/plan-urls";
import { summaryPathFor } from "@/server/rules/summary";
import { Card } from "@/components/ui/card";
import { InternalNoteSection } from "./internal-note-section";
import { InterviewingTeamPanel } from "./interviewing-team-panel";
import { MeetingSection } from "./meeting-section";
import { PeopleSection } from "./people-section";
import { PlanPageHeader } from "./plan-page-header";
import { PreparationSummary } from "./preparation-summary";
import { ReadyForMeeting } from "./ready-for-meeting";
import { SharingPanel } from "./sharing-panel";

// Only a closed plan shows these: an open one (most page views) loads neither.
const ClosedBanner = dynamic(() => import("./closed-banner").then((m) => m.ClosedBanner));
const OutcomeBanner = dynamic(() => import("@/components/debrief/outcome-banner").then((m) => m.OutcomeBanner));

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
      <div className="mb-6">
        <SummaryActions href={summaryPathFor("recruiter", plan.id)} />
      </div>
      {!plan.allowed.write && <ClosedBanner cancelledAt={plan.cancelledAt} />}

      {plan.outcome && (
        <OutcomeBanner mySide="organisation" outcome={plan.outcome} closingMessage={plan.closingMessage} closedAt={plan.closedAt} />
      )}
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
        <ReadyForMeeting plan={plan} />
        <PreparationSummary plan={plan} />
        <MeetingSection plan={plan} />
        <PeopleSection interviewers={plan.interviewers} editHref={editHref} />
        <InterviewingTeamPanel plan={plan} />
        <Card
          title="What the first interview established"
          description="Both sides see these. Flag an item to revisit it in the second meeting."
        >
          <FirstInterviewList planId={plan.id} mySide="organisation" items={plan.firstInterview} />
        </Card>
        <GoalsPanel planId={plan.id} mySide="organisation" />
        <InternalNoteSection
          planId={plan.id}
          note={plan.internalNote}
          interviewersSee={plan.interviewersSeeInternalNote}
          canShare={plan.allowed.write}
          editHref={editHref}
        />
      </div>

      <PlanHistory planId={plan.id} mySide="organisation" meetingAhead={plan.meetingAhead} endsAt={plan.endsAt} />
    </>
  );
}
