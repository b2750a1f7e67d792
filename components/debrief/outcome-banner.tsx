"use client";

import type { PlanOutcome, PlanSide } from "@/server/rules/enums";
import { OUTCOME_LABEL } from "@/server/rules/labels";
import { LocalDay } from "@/components/time";
import { cx } from "@/components/ui/cx";

const TONE: Record<PlanOutcome, { box: string; mark: string }> = {
  offer: { box: "border-emerald-300 bg-emerald-50", mark: "bg-emerald-600" },
  further_round: { box: "border-brand-100 bg-brand-50", mark: "bg-brand-600" },
  not_progressing: { box: "border-slate-300 bg-slate-100", mark: "bg-slate-600" },
  withdrawn: { box: "border-slate-300 bg-slate-100", mark: "bg-slate-600" },
};

/** Whose message it is, as each side reads it. */
const CAPTION: Record<PlanSide, (organisationName?: string) => string> = {
  candidate: (organisationName) => `Message from ${organisationName ?? "the recruiter"}`,
  organisation: () => "Your message to the candidate",
};

interface OutcomeBannerProps {
  mySide: PlanSide;
  outcome: PlanOutcome;
  closingMessage: string | null;
  closedAt: Date | null;
  /** Who wrote the message, for the candidate ("Talent Co"); the recruiter reads "Your message". */
  organisationName?: string;
}

/** A closed plan's outcome and the recruiter's message to the candidate, on both sides' pages. */
export function OutcomeBanner({ mySide, outcome, closingMessage, closedAt, organisationName }: OutcomeBannerProps) {
  const tone = TONE[outcome];
  return (
    <section aria-label="Outcome" className={cx("mb-6 rounded-xl border px-4 py-4 sm:px-5", tone.box)}>
      <div className="flex items-start gap-3">
        <span aria-hidden="true" className={cx("mt-1.5 size-2.5 shrink-0 rounded-full", tone.mark)} />
        <div className="min-w-0 text-sm text-slate-800">
          <p className="text-base font-semibold text-slate-900">Outcome: {OUTCOME_LABEL[outcome]}</p>
          {closedAt && (
            <p className="mt-0.5 text-slate-700">
              Plan closed on <LocalDay date={closedAt} />.
            </p>
          )}
          {closingMessage && (
            <figure className="mt-3 rounded-lg border border-black/5 bg-white/80 p-3">
              <figcaption className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {CAPTION[mySide](organisationName)}
              </figcaption>
              <blockquote className="mt-1 break-words whitespace-pre-line text-slate-900">{closingMessage}</blockquote>
            </figure>
          )}
        </div>
      </div>
    </section>
  );
}
