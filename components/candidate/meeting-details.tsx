import dynamic from "next/dynamic";
import { durationLabel } from "@/server/rules/format";
import { FORMAT_LABEL_FOR_CANDIDATE } from "@/server/rules/labels";
import { meetingCalendarPath } from "@/server/rules/plan-urls";
import { MeetingTime } from "@/components/meeting-time";
import { TimeChangeNotice } from "@/components/scheduling/time-change-notice";
import { buttonClasses } from "@/components/ui/button";
import { ExternalLink, isWebLink } from "@/components/ui/external-link";
import { CalendarIcon } from "@/components/ui/icons";
import type { RouterOutputs } from "@/components/api-types";

type CandidatePlan = RouterOutputs["interview"]["get"];

// Rendered on the server all the same, so the first HTML is complete: the pick and other-times forms, with their
// mutations, load only on a plan whose time is to be picked.
const PickTimePanel = dynamic(() => import("@/components/scheduling/pick-time-panel").then((m) => m.PickTimePanel));

/** When, how and where: everything needed to turn up on time, and an .ics for the calendar. */
export function MeetingDetails({ plan }: { plan: CandidatePlan }) {
  const where = plan.location.trim();
  return (
    <section aria-labelledby="meeting-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="meeting-heading" className="text-lg font-semibold text-slate-900">
        The meeting
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-slate-800">When</dt>
        <dd className="-mt-3 text-slate-700 sm:mt-0">
          {plan.scheduling.toBePicked ? (
            <span className="font-medium text-slate-900">To be picked by you, from the times below</span>
          ) : (
            <>
              <MeetingTime startsAt={plan.startsAt} timeZone={plan.timeZone} className="font-medium text-slate-900" />
              <span className="block text-slate-600">{durationLabel(plan.durationMinutes, { short: true })}</span>
            </>
          )}
        </dd>
        <dt className="font-medium text-slate-800">Format</dt>
        <dd className="-mt-3 text-slate-700 sm:mt-0">{FORMAT_LABEL_FOR_CANDIDATE[plan.format]}</dd>
        {where && (
          <>
            <dt className="font-medium text-slate-800">{plan.format === "video" ? "Video link" : plan.format === "phone" ? "Phone" : "Address"}</dt>
            <dd className="-mt-3 break-words text-slate-700 sm:mt-0">
              {isWebLink(where) ? (
                <ExternalLink href={where}>{plan.format === "video" ? "Join the video call" : where}</ExternalLink>
              ) : (
                <span className="whitespace-pre-line">{where}</span>
              )}
              {plan.format === "video" && isWebLink(where) && <span className="mt-0.5 block text-xs break-all text-slate-500">{where}</span>}
            </dd>
          </>
        )}
        {plan.joiningNotes && (
          <>
            <dt className="font-medium text-slate-800">{plan.format === "on_site" ? "Arriving" : "Joining"}</dt>
            <dd className="-mt-3 break-words whitespace-pre-line text-slate-700 sm:mt-0">{plan.joiningNotes}</dd>
          </>
        )}
        {plan.agenda.length > 0 && (
          <>
            <dt className="font-medium text-slate-800">Agenda</dt>
            <dd className="-mt-3 sm:mt-0">
              <ol className="list-decimal space-y-1 pl-5 text-slate-700">
                {plan.agenda.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
      </dl>
      {plan.scheduling.toBePicked && !plan.cancelledAt && (
        <div className="mt-5">
          <PickTimePanel plan={plan} />
        </div>
      )}
      {/* A time still to be picked has no calendar entry yet (server/rules/scheduling.ts). */}
      {!plan.cancelledAt && !plan.scheduling.toBePicked && (
        <a href={meetingCalendarPath("candidate", plan.id)} download className={buttonClasses({ variant: "secondary" }, "mt-5")}>
          <CalendarIcon />
          Add to calendar
        </a>
      )}
      <TimeChangeNotice plan={plan} />
    </section>
  );
}
