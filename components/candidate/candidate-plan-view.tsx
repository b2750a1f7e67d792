"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { PlanFollowUp } from "@/components/next-steps/plan-follow-up";
import { ConsistencyChecks, FirstInterviewList } from "@/components/plan/consistency-checks";
import { GoalsPanel } from "@/components/plan/goals-panel";
import { SummaryActions } from "@/components/plan/summary-actions";
import { PlanHistory } from "@/components/timeline/plan-history";
import { useTRPC } from "@/components/trpc";
import { summaryPathFor } from "@/server/rules/summary";
import { InterviewHeader } from "./interview-header";
import { MeetingDetails } from "./meeting-details";
import { PeopleYouMeet } from "./people-you-meet";
import { PrepareCard } from "./prepare-card";

// Only a closed plan has an outcome: an open one (most page views) does not load its banner.
const OutcomeBanner = dynamic(() => import("@/components/debrief/outcome-banner").then((m) => m.OutcomeBanner));
// Only a closed plan is rated: its form loads with it.
const FeedbackPanel = dynamic(() => import("./feedback/feedback-panel").then((m) => m.FeedbackPanel));

const sectionClasses = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

/**
 * The candidate's plan page. Every part reads the plan from the query cache
 * (filled on the server before the first paint), so a change anyone makes
 * reaches all of them when its query is invalidated.
 */
export function CandidatePlanView({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const { data: plan } = useSuspenseQuery(trpc.interview.get.queryOptions({ planId }));
  const readOnly = !plan.allowed.write;

  return (
    <div className="space-y-6 sm:space-y-8">
      <InterviewHeader plan={plan} back={{ href: "/dashboard", label: "My interviews" }} />
      <SummaryActions href={summaryPathFor("candidate", plan.id)} />

      {plan.outcome && (
        <OutcomeBanner
          mySide="candidate"
          outcome={plan.outcome}
          closingMessage={plan.closingMessage}
          closedAt={plan.closedAt}
          organisationName={plan.organisationName}
        />
      )}
      {plan.feedbackOpen && <FeedbackPanel planId={plan.id} />}
      <PlanFollowUp planId={plan.id} mySide="candidate" followUp={plan.followUp} stage={plan.stage} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <MeetingDetails plan={plan} />
        <div className="lg:order-none">
          <PrepareCard planId={plan.id} readOnly={readOnly} />
        </div>
      </div>

      <ConsistencyChecks planId={plan.id} mySide="candidate" items={plan.firstInterview} />

      <section aria-labelledby="people-heading" className={sectionClasses}>
        <h2 id="people-heading" className="text-lg font-semibold text-slate-900">
          People you&apos;re meeting
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">Who they are, and what each of them wants to establish in this meeting.</p>
        <PeopleYouMeet interviewers={plan.interviewers} />
      </section>

      <section aria-labelledby="first-heading" className={sectionClasses}>
        <h2 id="first-heading" className="text-lg font-semibold text-slate-900">
          What the first interview established
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          If something here no longer sounds right, flag it: it becomes a consistency check for this meeting.
        </p>
        <FirstInterviewList planId={plan.id} mySide="candidate" items={plan.firstInterview} />
      </section>

      <GoalsPanel planId={plan.id} mySide="candidate" />

      <PlanHistory planId={plan.id} mySide="candidate" meetingAhead={plan.meetingAhead} endsAt={plan.endsAt} />
    </div>
  );
}
