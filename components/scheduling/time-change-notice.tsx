"use client";

import type { RouterOutputs } from "@/components/api-types";
import { LocalDateTime } from "@/components/time";
import { ChangeTimeDialog } from "./change-time-dialog";

type CandidatePlan = RouterOutputs["interview"]["get"];

/**
 * A set time, ahead: until the organisation's cut-off the candidate may change
 * or cancel it themselves; after it the page says whom to contact.
 */
export function TimeChangeNotice({ plan }: { plan: CandidatePlan }) {
  const change = plan.timeChange;
  if (!change || !plan.meetingAhead || !plan.allowed.write) return null;
  if (plan.schedulingAllowed.changeTime)
    return (
      <div className="mt-5 space-y-2 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-600">
          You can change or cancel this time until <LocalDateTime date={change.cutoffAt} /> ({change.cutoffHours} hours before).
        </p>
        <ChangeTimeDialog planId={plan.id} organisationName={plan.organisationName} />
      </div>
    );
  return (
    <p className="mt-5 border-t border-slate-200 pt-4 text-sm text-slate-700">
      The meeting is less than {change.cutoffHours} hours away, so its time can no longer be changed here. To change or cancel it,{" "}
      {change.contact ? (
        <>
          contact {change.contact.name} at{" "}
          <a href={`mailto:${change.contact.email}`} className="font-medium break-all text-brand-700 underline">
            {change.contact.email}
          </a>
          .
        </>
      ) : (
        <>contact {plan.organisationName}.</>
      )}
    </p>
  );
}
