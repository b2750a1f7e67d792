import { durationLabel } from "@/server/rules/format";
import { FORMAT_LABEL, JOINING_NOTES_LABEL, LOCATION_LABEL } from "@/server/rules/labels";
import { Card } from "@/components/ui/card";
import { ExternalLink, isWebLink } from "@/components/ui/external-link";
import type { RecruiterPlan } from "./plan-form-state";

export interface MeetingSectionProps {
  plan: Pick<RecruiterPlan, "format" | "durationMinutes" | "location" | "joiningNotes" | "agenda">;
}

/** Format, place, how to join and the agenda, as the candidate sees them. */
export function MeetingSection({ plan }: MeetingSectionProps) {
  const where = plan.location.trim();
  return (
    <Card title="The meeting">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr] sm:gap-y-4">
        <dt className="font-medium text-slate-800">Format</dt>
        <dd className="mb-3 text-slate-700 sm:mb-0">
          {FORMAT_LABEL[plan.format]} · {durationLabel(plan.durationMinutes)}
        </dd>
        <dt className="font-medium text-slate-800">{LOCATION_LABEL[plan.format]}</dt>
        <dd className="mb-3 break-words text-slate-700 sm:mb-0">
          {!where ? (
            <span className="text-slate-500">Not given</span>
          ) : isWebLink(where) ? (
            <ExternalLink href={where}>{where}</ExternalLink>
          ) : (
            <span className="whitespace-pre-line">{where}</span>
          )}
        </dd>
        {plan.joiningNotes && (
          <>
            <dt className="font-medium text-slate-800">{JOINING_NOTES_LABEL[plan.format]}</dt>
            <dd className="mb-3 break-words whitespace-pre-line text-slate-700 sm:mb-0">{plan.joiningNotes}</dd>
          </>
        )}
        <dt className="font-medium text-slate-800">Agenda</dt>
        <dd className="text-slate-700">
          {plan.agenda.length ? (
            <ol className="list-decimal space-y-1 pl-5">
              {plan.agenda.map((item, i) => (
                <li key={i} className="break-words">
                  {item}
                </li>
              ))}
            </ol>
          ) : (
            <span className="text-slate-500">No agenda yet</span>
          )}
        </dd>
      </dl>
    </Card>
  );
}
