import type { Route } from "next";
import Link from "next/link";
import { FORMAT_LABEL_FOR_CANDIDATE } from "@/server/rules/labels";
import { MeetingTime } from "@/components/meeting-time";
import { interviewPath } from "@/server/rules/plan-urls";
import { StageBadge } from "@/components/stage-badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { RouterOutputs } from "@/components/api-types";

/** The candidate's dashboard: every plan they were invited to, soonest first. */
export function MyInterviews({ interviews }: { interviews: RouterOutputs["interview"]["list"] }) {
  if (!interviews.length)
    return (
      <EmptyState title="No interviews yet">
        When a recruiter invites you to prepare for a second interview, you&apos;ll get an email with a link, and the interview will
        appear here.
      </EmptyState>
    );

  // Upcoming meetings first (soonest at the top), then those already held (most recent first).
  const sorted = [...interviews].sort((a, b) => {
    if (a.meetingHeld !== b.meetingHeld) return a.meetingHeld ? 1 : -1;
    return a.meetingHeld ? b.startsAt.getTime() - a.startsAt.getTime() : a.startsAt.getTime() - b.startsAt.getTime();
  });

  return (
    <ul aria-label="My interviews" className="space-y-3">
      {sorted.map((i) => (
        <li key={i.id}>
          <Link
            href={interviewPath(i.id) as Route}
            className="group block rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 sm:p-5"
          >
            <div className="flex flex-col items-start gap-2 sm:flex-row sm:justify-between">
              <div className="min-w-0">
                <p className="text-sm font-medium text-brand-700">{i.organisationName}</p>
                <h2 className="mt-0.5 font-semibold text-slate-900 group-hover:underline">
                  {i.roleTitle} <span className="font-normal text-slate-500">at</span> {i.hiringCompany}
                </h2>
              </div>
              <StageBadge stage={i.stage} forCandidate />
            </div>
            <p className="mt-2 text-sm text-slate-700">
              {i.timeToBePicked ? (
                <span className="font-medium text-brand-700">Pick a time for this interview</span>
              ) : (
                <MeetingTime startsAt={i.startsAt} timeZone={i.timeZone} />
              )}
              <span className="text-slate-500"> · {FORMAT_LABEL_FOR_CANDIDATE[i.format]}</span>
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
