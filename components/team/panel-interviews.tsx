import type { Route } from "next";
import Link from "next/link";
import type { RouterOutputs } from "@/components/api-types";
import { MeetingTime } from "@/components/meeting-time";
import { StageBadge } from "@/components/stage-badge";
import { FORMAT_LABEL_FOR_CANDIDATE } from "@/server/rules/labels";
import { teamPlanPath } from "@/server/rules/team";

/** The plans the reader interviews for (team.list), upcoming first; nothing at all when there are none. */
export function PanelInterviews({ plans }: { plans: RouterOutputs["team"]["list"] }) {
  if (!plans.length) return null;
  const sorted = [...plans].sort((a, b) => {
    if (a.meetingHeld !== b.meetingHeld) return a.meetingHeld ? 1 : -1;
    return a.meetingHeld ? b.startsAt.getTime() - a.startsAt.getTime() : a.startsAt.getTime() - b.startsAt.getTime();
  });
  return (
    <section aria-labelledby="panel-interviews-heading" className="mt-10">
      <h2 id="panel-interviews-heading" className="text-lg font-semibold text-slate-900">
        Interviews you&apos;re on the panel for
      </h2>
      <ul aria-label="Interviews you're on the panel for" className="mt-3 space-y-3">
        {sorted.map((p) => (
          <li key={p.id}>
            <Link
              href={teamPlanPath(p.id) as Route}
              className="group block rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 sm:p-5"
            >
              <div className="flex flex-col items-start gap-2 sm:flex-row sm:justify-between">
                <div className="min-w-0">
                  <p className="text-sm font-medium text-brand-700">{p.organisationName}</p>
                  <h3 className="mt-0.5 font-semibold text-slate-900 group-hover:underline">
                    {p.candidateName} <span className="font-normal text-slate-500">for</span> {p.roleTitle}
                  </h3>
                  <p className="text-sm text-slate-600">As {p.interviewerName}</p>
                </div>
                <StageBadge stage={p.stage} />
              </div>
              <p className="mt-2 text-sm text-slate-700">
                {p.timeToBePicked ? "The candidate is picking a time" : <MeetingTime startsAt={p.startsAt} timeZone={p.timeZone} />}
                <span className="text-slate-500"> · {FORMAT_LABEL_FOR_CANDIDATE[p.format]}</span>
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
