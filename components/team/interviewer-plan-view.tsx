"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { PeopleYouMeet } from "@/components/candidate/people-you-meet";
import { MeetingTime } from "@/components/meeting-time";
import { PlanFollowUp } from "@/components/next-steps/plan-follow-up";
import { ConsistencyChecks, FirstInterviewList } from "@/components/plan/consistency-checks";
import { GoalsPanel } from "@/components/plan/goals-panel";
import { SummaryActions } from "@/components/plan/summary-actions";
import { InterviewerPage } from "@/components/plan/use-plan-view";
import { StageBadge } from "@/components/stage-badge";
import { PlanHistory } from "@/components/timeline/plan-history";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { FORMAT_LABEL_FOR_CANDIDATE } from "@/server/rules/labels";
import { summaryPathFor } from "@/server/rules/summary";
import { DebriefNoteForm } from "./debrief-note-form";

/**
 * An invited interviewer's plan page: the organisation's side of one plan,
 * with their own goals to write, the checks to flag and discuss, and after
 * the meeting their goals' outcomes and their debrief note. Every part reads
 * from the query cache the page hydrated (team.get and the panels' queries),
 * kept current by the page's live stream.
 */
export function InterviewerPlanView({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const { data: plan } = useSuspenseQuery(trpc.team.get.queryOptions({ planId }));

  return (
    <InterviewerPage value={true}>
      <div className="space-y-6 sm:space-y-8">
        <nav aria-label="Breadcrumb">
          <Link href="/dashboard" className="inline-flex min-h-10 items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline">
            <span aria-hidden="true">←</span> My interviews
          </Link>
        </nav>
        <header className="-mt-2 sm:-mt-4">
          <p className="text-sm font-medium text-brand-700">{plan.organisationName}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">
            {plan.roleTitle} <span className="font-normal text-slate-500">at</span> {plan.hiringCompany}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <StageBadge stage={plan.stage} />
            <span>
              Interviewing {plan.candidateName} as {plan.me.name}
            </span>
          </div>
        </header>
        <SummaryActions href={summaryPathFor("interviewer", plan.id)} />
        {!plan.allowed.write && (
          <Alert tone="info" title={plan.cancelledAt ? "This interview was cancelled" : "This plan is closed"}>
            <p>You can read everything here, but goals, checks and notes can no longer be changed.</p>
          </Alert>
        )}

        <Card title="The meeting">
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium text-slate-800">When</dt>
            <dd className="text-slate-700">
              {plan.scheduling.toBePicked ? "The candidate is picking a time" : <MeetingTime startsAt={plan.startsAt} timeZone={plan.timeZone} />}
            </dd>
            <dt className="font-medium text-slate-800">How</dt>
            <dd className="text-slate-700">{FORMAT_LABEL_FOR_CANDIDATE[plan.format]}</dd>
            {plan.location && (
              <>
                <dt className="font-medium text-slate-800">Where</dt>
                <dd className="break-words text-slate-700">{plan.location}</dd>
              </>
            )}
          </dl>
          <p className="mt-4 text-sm text-slate-600">
            The candidate&apos;s preparation: {plan.preparation.stepsDone} of 5 steps done, {plan.preparation.sharedGoals} goals
            shared.
          </p>
        </Card>

        {plan.followUp && (
          <Card title="Your debrief" description="After the meeting: mark your own goals below, and note what you learned.">
            <DebriefNoteForm key={plan.me.version} planId={plan.id} me={plan.me} />
          </Card>
        )}
        <PlanFollowUp planId={plan.id} mySide="organisation" followUp={plan.followUp} stage={plan.stage} />

        {plan.firstInterview.length > 0 && <ConsistencyChecks planId={plan.id} mySide="organisation" items={plan.firstInterview} />}

        <GoalsPanel planId={plan.id} mySide="organisation" />

        <Card title="The interviewing team" description="Who meets the candidate, and what each of them wants to establish.">
          <PeopleYouMeet interviewers={plan.interviewers} />
        </Card>

        <Card title="What the first interview established" description="Flag an item to revisit it in the second meeting.">
          <FirstInterviewList planId={plan.id} mySide="organisation" items={plan.firstInterview} />
        </Card>

        {plan.internalNote !== null && (
          <Card title="Internal note" description="From the recruiter, for the interviewing team only.">
            <p className="text-sm whitespace-pre-wrap text-slate-700">{plan.internalNote}</p>
          </Card>
        )}

        <PlanHistory planId={plan.id} mySide="organisation" meetingAhead={plan.meetingAhead} endsAt={plan.endsAt} />
      </div>
    </InterviewerPage>
  );
}
