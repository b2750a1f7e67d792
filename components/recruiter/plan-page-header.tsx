import dynamic from "next/dynamic";
import { MeetingTimeRange } from "@/components/meeting-time";
import { OfferTimesDialog } from "@/components/scheduling/offer-times-dialog";
import { StageBadge } from "@/components/stage-badge";
import { FORMAT_LABEL } from "@/server/rules/labels";
import { PlanActions } from "./plan-actions";
import type { RecruiterPlan } from "./plan-form-state";

// Shown while the candidate picks the time, or after they asked to change a set one (rendered on the server all the
// same): a plan with a set time and no request, as most are, loads neither.
const TimeOfferStatus = dynamic(() => import("@/components/scheduling/time-offer-status").then((m) => m.TimeOfferStatus));
const TimeChangeRequest = dynamic(() => import("@/components/scheduling/time-change-request").then((m) => m.TimeChangeRequest));

export interface PlanPageHeaderProps {
  plan: RecruiterPlan;
}

/** Who, what and when, with the actions the server allows on the plan. */
export function PlanPageHeader({ plan }: PlanPageHeaderProps) {
  return (
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
        {plan.scheduling.toBePicked ? (
          <TimeOfferStatus plan={plan} />
        ) : (
          <p className="mt-2 text-slate-800">
            <span className="sr-only">Meeting time: </span>
            <MeetingTimeRange startsAt={plan.startsAt} endsAt={plan.endsAt} timeZone={plan.timeZone} />
          </p>
        )}
        {!plan.scheduling.toBePicked && plan.scheduling.otherTimesRequest && (
          <TimeChangeRequest candidateName={plan.candidateName} request={plan.scheduling.otherTimesRequest} />
        )}
      </div>
      <PlanActions
        planId={plan.id}
        version={plan.version}
        candidateName={plan.candidateName}
        candidateSees={plan.candidateSees}
        allowed={plan.allowed}
        hasCalendarFile={!plan.scheduling.toBePicked}
      >
        {plan.schedulingAllowed.offer && (
          <OfferTimesDialog
            planId={plan.id}
            version={plan.version}
            candidateName={plan.candidateName}
            timeZone={plan.timeZone}
            durationMinutes={plan.durationMinutes}
            replacing={plan.scheduling.toBePicked}
          />
        )}
      </PlanActions>
    </header>
  );
}
