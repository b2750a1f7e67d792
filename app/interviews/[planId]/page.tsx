import type { Metadata } from "next";
import { InterviewHeader } from "@/components/interview/interview-header";
import { loadInterview } from "./load-interview";
import { MeetingDetails } from "@/components/interview/meeting-details";
import { PeopleYouMeet } from "@/components/interview/people-you-meet";
import { PrepareCard } from "@/components/interview/prepare-card";
import { ConsistencyChecks, FirstInterviewList } from "@/components/plan/consistency-checks";
import { GoalsPanel } from "@/components/plan/goals-panel";
import { OutcomeBanner } from "@/components/debrief/outcome-banner";
import { PlanFollowUp } from "@/components/next-steps/plan-follow-up";
import { PlanHistory } from "@/components/timeline/plan-history";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const { plan } = await loadInterview(planId, `/interviews/${planId}`);
  return { title: `${plan.roleTitle} at ${plan.hiringCompany}` };
}

/** The candidate's view of their second-interview plan. */
export default async function InterviewPage({ params }: Props) {
  const { planId } = await params;
  const { plan, preparation } = await loadInterview(planId, `/interviews/${planId}`);
  const readOnly = plan.stage === "closed";

  return (
    <div className="space-y-6 sm:space-y-8">
      <InterviewHeader plan={plan} back={{ href: "/dashboard", label: "My interviews" }} />

      {/* After the meeting: outcome, next steps and debrief (components/debrief, components/next-steps). */}
      <OutcomeBanner
        mySide="candidate"
        outcome={plan.outcome}
        closingMessage={plan.closingMessage}
        closedAt={plan.closedAt}
        organisationName={plan.organisationName}
      />
      <PlanFollowUp planId={plan.id} mySide="candidate" stage={plan.stage} endsAt={plan.endsAt} cancelled={plan.cancelledAt !== null} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <MeetingDetails plan={plan} />
        <div className="lg:order-none">
          <PrepareCard planId={plan.id} stepsDone={preparation.stepsDone.length} readOnly={readOnly} />
        </div>
      </div>

      <ConsistencyChecks planId={plan.id} mySide="candidate" items={plan.firstInterview} readOnly={readOnly} />

      <section aria-labelledby="people-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="people-heading" className="text-lg font-semibold text-slate-900">
          People you&apos;re meeting
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">Who they are, and what each of them wants to establish in this meeting.</p>
        <PeopleYouMeet interviewers={plan.interviewers} />
      </section>

      <section aria-labelledby="first-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="first-heading" className="text-lg font-semibold text-slate-900">
          What the first interview established
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          If something here no longer sounds right, flag it: it becomes a consistency check for this meeting.
        </p>
        <FirstInterviewList planId={plan.id} mySide="candidate" items={plan.firstInterview} readOnly={readOnly} />
      </section>

      <GoalsPanel planId={plan.id} mySide="candidate" readOnly={readOnly} />

      {/* Next steps before the meeting, and the timeline (components/timeline). */}
      <PlanHistory planId={plan.id} mySide="candidate" stage={plan.stage} endsAt={plan.endsAt} cancelled={plan.cancelledAt !== null} />
    </div>
  );
}
