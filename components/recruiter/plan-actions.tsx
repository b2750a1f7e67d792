import type { Route } from "next";
import type { ReactNode } from "react";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { CalendarIcon, PencilIcon } from "@/components/ui/icons";
import { CancelMeetingDialog } from "./cancel-meeting-dialog";
import { DuplicatePlanDialog } from "./duplicate-plan-dialog";
import type { PlanAllowed } from "./plan-form-state";
import { meetingCalendarPath, planEditPath } from "@/server/rules/plan-urls";

export interface PlanActionsProps {
  planId: string;
  version: number;
  candidateName: string;
  /** The view's candidateSees: the candidate saw the plan, so a cancellation emails them. */
  candidateSees: boolean;
  allowed: PlanAllowed;
  /** False while the candidate picks the time: there is no meeting to put in a calendar yet. */
  hasCalendarFile: boolean;
  /** Further actions the page adds (offering times to pick). */
  children?: ReactNode;
}

/** Edit, duplicate, calendar file and cancellation: the plan page's header buttons. */
export function PlanActions({ planId, version, candidateName, candidateSees, allowed, hasCalendarFile, children }: PlanActionsProps) {
  return (
    <div className="grid gap-2 sm:flex sm:flex-wrap">
      {allowed.edit && (
        <ButtonLink href={planEditPath(planId) as Route} variant="primary">
          <PencilIcon />
          Edit plan
        </ButtonLink>
      )}
      <DuplicatePlanDialog planId={planId} />
      {hasCalendarFile && (
        <a href={meetingCalendarPath("organisation", planId)} download className={buttonClasses({ variant: "secondary" })}>
          <CalendarIcon />
          Download .ics
        </a>
      )}
      {children}
      {allowed.cancel && (
        <CancelMeetingDialog planId={planId} version={version} candidateName={candidateName} candidateSees={candidateSees} />
      )}
    </div>
  );
}
