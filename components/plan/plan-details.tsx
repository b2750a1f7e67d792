import type { Route } from "next";
import { durationLabel } from "@/server/rules/format";
import { PersonCard } from "@/components/interview/people-you-meet";
import { FORMAT_LABEL, JOINING_NOTES_LABEL, LOCATION_LABEL } from "@/server/rules/labels";
import { PREPARATION_STEP_COUNT, preparationNotStarted, preparationText } from "@/server/rules/preparation";
import { LocalDay } from "@/components/time";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { ExternalLink, isWebLink } from "@/components/ui/external-link";
import { LockIcon } from "@/components/ui/icons";
import { TextLink } from "@/components/ui/text-link";
import type { RecruiterPlan } from "./plan-form-state";

/** The page's banner for a closed plan: readable, no longer editable. */
export function ClosedBanner({ cancelledAt }: { cancelledAt: Date | null }) {
  return (
    <div role="status" className="mb-6 flex gap-3 rounded-xl border border-slate-300 bg-slate-100 px-4 py-4 text-slate-800 sm:px-5">
      <span aria-hidden="true" className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-slate-600 text-xs font-bold text-white">
        ✕
      </span>
      <div className="text-sm">
        <p className="font-semibold text-slate-900">
          {cancelledAt ? "This meeting was cancelled" : "This plan is closed"}
        </p>
        <p className="mt-1">
          {cancelledAt ? (
            <>
              Cancelled on <LocalDay date={cancelledAt} />.{" "}
            </>
          ) : null}
          Everything stays readable here, but the plan can no longer be edited or shared.
        </p>
      </div>
    </div>
  );
}

/** Counts only: what the candidate wrote while preparing is theirs, and never reaches this page. */
export function PreparationSummary({ plan }: { plan: RecruiterPlan }) {
  const p = plan.preparation;
  const notStarted = preparationNotStarted(p, plan.stage);
  const description =
    plan.stage === "closed"
      ? "Where the candidate's preparation stood when the plan closed."
      : plan.stage === "draft"
        ? "The candidate can start preparing once you share the plan."
        : !plan.candidateJoined
          ? "The candidate hasn't opened their invitation yet."
          : "You see the candidate's progress, never their private notes or private goals.";
  return (
    <Card title="Candidate preparation" description={description}>
      <p className={cx("font-medium", notStarted ? "text-slate-700" : "text-lg text-slate-900")}>
        {preparationText(p, plan.stage, { long: true })}
      </p>
      {!notStarted && (
        <div
          role="progressbar"
          aria-label="Preparation steps done"
          aria-valuemin={0}
          aria-valuemax={PREPARATION_STEP_COUNT}
          aria-valuenow={p.stepsDone}
          aria-valuetext={`${p.stepsDone} of ${PREPARATION_STEP_COUNT} steps`}
          className="mt-3 h-2 max-w-md overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${(p.stepsDone / PREPARATION_STEP_COUNT) * 100}%` }} />
        </div>
      )}
      <p className="mt-3 text-sm text-slate-600">
        The five steps follow the article: know who you&apos;re meeting, what you want to establish, what you want to learn,
        what you must know before you leave, and what the interviewer wants.
      </p>
    </Card>
  );
}

export function MeetingSection({ plan }: { plan: RecruiterPlan }) {
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

export function PeopleSection({ plan, editHref }: { plan: RecruiterPlan; editHref: Route | null }) {
  return (
    <Card title="People you're meeting" description="What the candidate sees about each interviewer.">
      {plan.interviewers.length === 0 ? (
        <p className="text-sm text-slate-600">
          No interviewers yet.{" "}
          {editHref && <TextLink href={editHref}>Add the people the candidate will meet</TextLink>}
        </p>
      ) : (
        <ol aria-label="Interviewers" className="grid gap-4 md:grid-cols-2">
          {plan.interviewers.map((person) => (
            <PersonCard key={person.id} person={person} />
          ))}
        </ol>
      )}
    </Card>
  );
}

export function InternalNoteSection({ note, editHref }: { note: string; editHref: Route | null }) {
  return (
    <section aria-labelledby="internal-note-heading" className="rounded-xl border border-dashed border-slate-300 bg-slate-100/60 p-5 sm:p-6">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="internal-note-heading" className="text-lg font-semibold text-slate-900">
          Internal note
        </h2>
        <span className="inline-flex items-center gap-1 rounded-full bg-slate-700 px-2 py-0.5 text-xs font-medium text-white">
          <LockIcon className="size-3" /> Only your organisation sees this
        </span>
      </div>
      {note ? (
        <p className="mt-4 text-sm break-words whitespace-pre-line text-slate-800">{note}</p>
      ) : (
        <p className="mt-4 text-sm text-slate-600">
          No internal note. {editHref && <TextLink href={editHref}>Add one</TextLink>}
        </p>
      )}
    </section>
  );
}
