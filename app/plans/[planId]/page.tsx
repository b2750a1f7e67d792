import type { Metadata, Route } from "next";
import Link from "next/link";
import { OutcomeBanner } from "@/components/debrief/outcome-banner";
import { FORMAT_LABEL } from "@/server/rules/labels";
import { MeetingTimeRange } from "@/components/meeting-time";
import { PlanFollowUp } from "@/components/next-steps/plan-follow-up";
import { ConsistencyChecks, FirstInterviewList } from "@/components/plan/consistency-checks";
import { GoalsPanel } from "@/components/plan/goals-panel";
import { PlanActions, SharingPanel, type PlanActionsProps } from "@/components/plan/plan-actions";
import {
  ClosedBanner,
  InternalNoteSection,
  MeetingSection,
  PeopleSection,
  PreparationSummary,
} from "@/components/plan/plan-details";
import { StageBadge } from "@/components/stage-badge";
import { PlanHistory } from "@/components/timeline/plan-history";
import { Card } from "@/components/ui/card";
import { requireMe } from "@/server/auth/page-session";
import { loadPlan } from "../load-plan";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const plan = await loadPlan(planId).catch(() => null);
  return { title: plan ? `${plan.candidateName} · ${plan.roleTitle}` : "Plan" };
}

export default async function RecruiterPlanPage({ params }: Props) {
  const { planId } = await params;
  await requireMe(`/plans/${planId}`);
  const plan = await loadPlan(planId);
  const closed = plan.stage === "closed";
  const editHref = closed ? null : (`/plans/${plan.id}/edit` as Route);
  const actions: PlanActionsProps = {
    planId: plan.id,
    version: plan.version,
    stage: plan.stage,
    candidateName: plan.candidateName,
    candidateEmail: plan.candidateEmail,
    candidateJoined: plan.candidateJoined,
    invitation: plan.invitation,
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/dashboard" className="rounded font-medium text-slate-600 hover:text-slate-900">
          <span aria-hidden="true">← </span>Second interviews
        </Link>
      </nav>

      <header className="mb-6 space-y-4">
        <div>
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <StageBadge stage={plan.stage} />
            <span>{FORMAT_LABEL[plan.format]} interview</span>
          </div>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl">{plan.candidateName}</h1>
          <p className="mt-1 text-lg break-words text-slate-700">
            {plan.roleTitle} at {plan.hiringCompany}
          </p>
          <p className="mt-2 text-slate-800">
            <span className="sr-only">Meeting time: </span>
            <MeetingTimeRange startsAt={plan.startsAt} endsAt={plan.endsAt} timeZone={plan.timeZone} />
          </p>
        </div>
        <PlanActions {...actions} />
      </header>

      {closed && <ClosedBanner cancelledAt={plan.cancelledAt} />}

      {/* After the meeting: outcome, next steps and debrief (components/debrief, components/next-steps). */}
      <OutcomeBanner mySide="organisation" outcome={plan.outcome} closingMessage={plan.closingMessage} closedAt={plan.closedAt} />
      <PlanFollowUp
        planId={plan.id}
        mySide="organisation"
        stage={plan.stage}
        endsAt={plan.endsAt}
        cancelled={plan.cancelledAt !== null}
        recruiter={{ version: plan.version, candidateName: plan.candidateName }}
      />

      <div className="space-y-6">
        <SharingPanel {...actions} />
        {plan.firstInterview.length > 0 && (
          <ConsistencyChecks planId={plan.id} mySide="organisation" items={plan.firstInterview} readOnly={closed} />
        )}
        <PreparationSummary plan={plan} />
        <MeetingSection plan={plan} />
        <PeopleSection plan={plan} editHref={editHref} />
        <Card
          title="What the first interview established"
          description="Both sides see these. Flag an item to revisit it in the second meeting."
        >
          <FirstInterviewList planId={plan.id} mySide="organisation" items={plan.firstInterview} readOnly={closed} />
        </Card>
        <GoalsPanel planId={plan.id} mySide="organisation" readOnly={closed} />
        <InternalNoteSection note={plan.internalNote} editHref={editHref} />
      </div>

      {/* Next steps before the meeting, and the timeline (components/timeline). */}
      <PlanHistory planId={plan.id} mySide="organisation" stage={plan.stage} endsAt={plan.endsAt} cancelled={plan.cancelledAt !== null} />
    </>
  );
}
