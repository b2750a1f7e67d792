import type { Route } from "next";
import { LockIcon } from "@/components/ui/icons";
import { TextLink } from "@/components/ui/text-link";
import { InterviewersSeeNoteSwitch } from "./interviewers-see-note-switch";

export interface InternalNoteSectionProps {
  planId: string;
  note: string;
  /** The invited interviewers may read it (plans.interviewersSeeInternalNote); `canShare`: the switch may change it. */
  interviewersSee: boolean;
  canShare: boolean;
  /** Where to write one; null when the plan can no longer be edited. */
  editHref: Route | null;
}

/** The organisation's own note: never part of the candidate's view, and the interviewers' only when allowed. */
export function InternalNoteSection({ planId, note, interviewersSee, canShare, editHref }: InternalNoteSectionProps) {
  return (
    <section aria-labelledby="internal-note-heading" className="rounded-xl border border-dashed border-slate-300 bg-slate-100/60 p-5 sm:p-6">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="internal-note-heading" className="text-lg font-semibold text-slate-900">
          Internal note
        </h2>
        <span className="inline-flex items-center gap-1 rounded-full bg-slate-700 px-2 py-0.5 text-xs font-medium text-white">
          <LockIcon className="size-3" /> {interviewersSee ? "Your organisation and the interviewers see this" : "Only your organisation sees this"}
        </span>
      </div>
      {note ? (
        <p className="mt-4 text-sm break-words whitespace-pre-line text-slate-800">{note}</p>
      ) : (
        <p className="mt-4 text-sm text-slate-600">
          No internal note. {editHref && <TextLink href={editHref}>Add one</TextLink>}
        </p>
      )}
      <InterviewersSeeNoteSwitch planId={planId} allowed={interviewersSee} canChange={canShare} />
    </section>
  );
}
