import type { Route } from "next";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { CalendarIcon, PencilIcon } from "@/components/ui/icons";
import { CancelMeetingDialog } from "./cancel-meeting-dialog";
import { DuplicatePlanDialog } from "./duplicate-plan-dialog";
import type { PlanAllowed } from "./plan-form-state";

export interface PlanActionsProps {
  planId: string;
  version: number;
  candidateName: string;
  /** The candidate was invited: a cancellation emails them. */
  candidateInvited: boolean;
  allowed: PlanAllowed;
}

/** Edit, duplicate, calendar file and cancellation: the plan page's header buttons. */
export function PlanActions({ planId, version, candidateName, candidateInvited, allowed }: PlanActionsProps) {
  return (
    <div className="grid gap-2 sm:flex sm:flex-wrap">
      {allowed.edit && (
        <ButtonLink href={`/plans/${planId}/edit` as Route} variant="primary">
          <PencilIcon />
          Edit plan
        </ButtonLink>
      )}
      <DuplicatePlanDialog planId={planId} />
      <a href={`/api/plans/${planId}/calendar`} download className={buttonClasses({ variant: "secondary" })}>
        <CalendarIcon />
        Download .ics
      </a>
      {allowed.cancel && (
        <CancelMeetingDialog planId={planId} version={version} candidateName={candidateName} candidateInvited={candidateInvited} />
      )}
    </div>
  );
}
