"use client";

import { otherSide } from "@/server/rules/visibility";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import type { PlanSide, PlanStage, StepOwner } from "@/server/rules/enums";
import { sideNoun } from "@/server/rules/labels";
import { LocalDateTime } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { LoadFailed } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ClockIcon, DoubleCheckIcon, LockIcon, PlusIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { StepForm, type StepValues } from "./step-form";
import { StepItem } from "./step-item";
import { isAfterMeeting } from "@/server/rules/stages";
import { isStale, type Step } from "./steps";
import { useStepActions } from "./use-step-actions";

/** A step the debrief suggests ("Answer: …"), opened in the propose form; `key` changes for each click. */
export interface StepPrefill {
  key: number;
  description: string;
  owner: StepOwner;
  /** Why the form is filled in, shown above the fields. */
  source: string;
  /** True when the question behind it is private: the step will not be. */
  fromPrivate?: boolean;
}

interface NextStepsPanelProps {
  planId: string;
  mySide: PlanSide;
  stage: PlanStage;
  /** When the meeting ends, for the "open after the meeting" note. */
  endsAt: Date;
  prefill?: StepPrefill | null;
}

function needsMe(step: Step, mySide: PlanSide) {
  return step.status === "open" && (mySide === "candidate" ? step.candidateConfirmedAt : step.organisationConfirmedAt) === null;
}

/** The plan's state in one line: agreed by both since…, or how many steps still wait for a confirmation. */
function AgreementBanner({ steps, stepsAgreedAt, mySide, readOnly }: { steps: Step[]; stepsAgreedAt: Date | null; mySide: PlanSide; readOnly: boolean }) {
  const live = steps.filter((s) => s.status !== "dropped");
  const waiting = steps.filter((s) => s.status === "open" && !s.agreed);
  const forMe = waiting.filter((s) => needsMe(s, mySide)).length;

  let body;
  if (!live.length)
    body = (
      <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        <p className="font-semibold text-slate-900">{readOnly ? "No next steps were agreed" : "No next steps yet"}</p>
        {!readOnly && (
          <p className="mt-0.5">Propose what should happen next: who does what, by when. A step counts once both sides confirm it.</p>
        )}
      </div>
    );
  else if (stepsAgreedAt && !waiting.length)
    body = (
      <div className="flex gap-3 rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">
        <DoubleCheckIcon className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-semibold">
            Next steps agreed by both on{" "}
            <LocalDateTime date={stepsAgreedAt} />
          </p>
          <p className="mt-0.5 text-sm">
            {readOnly
              ? "Both sides confirmed every open step before the plan closed."
              : "Both sides have confirmed every open step. Any change asks the other side to confirm again."}
          </p>
        </div>
      </div>
    );
  else if (readOnly)
    body = (
      <div className="flex gap-3 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-slate-800">
        <ClockIcon className="mt-0.5 size-5 shrink-0" />
        <p className="font-semibold">
          {waiting.length === 1 ? "1 step was" : `${waiting.length} steps were`} still waiting for confirmation when the plan closed
        </p>
      </div>
    );
  else
    body = (
      <div className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
        <ClockIcon className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-semibold">
            {waiting.length === 1 ? "1 step waiting for confirmation" : `${waiting.length} steps waiting for confirmation`}
          </p>
          <p className="mt-0.5 text-sm">
            {forMe
              ? `${forMe === 1 ? "One needs" : `${forMe} need`} your confirmation.`
              : `You have confirmed yours: waiting for ${sideNoun(otherSide(mySide))}.`}{" "}
            Next steps are agreed when both sides have confirmed every open step.
          </p>
        </div>
      </div>
    );
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {body}
    </div>
  );
}

/**
 * Next steps, agreed only when both sides confirmed them: the list, who has
 * confirmed each, the actions the reader may take, and the propose form.
 */
export function NextStepsPanel({ planId, mySide, stage, endsAt, prefill }: NextStepsPanelProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const headingId = useId();
  const opened = isAfterMeeting(stage);
  const readOnly = stage === "closed";
  const list = useQuery({
    ...trpc.nextStep.list.queryOptions({ planId }),
    enabled: opened,
    // No live push yet: pick up the other side's confirmations every half minute while the page is open.
    refetchInterval: readOnly ? false : 30_000,
  });
  const actions = useStepActions(planId);
  const [formOpen, setFormOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [source, setSource] = useState<StepPrefill | null>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const proposeButtonRef = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    setFormOpen(false);
    setSource(null);
    requestAnimationFrame(() => proposeButtonRef.current?.focus());
  };

  // A debrief question turned into a step: open the form with it and take the reader there.
  const [seenPrefill, setSeenPrefill] = useState<number | null>(null);
  if (prefill && prefill.key !== seenPrefill && !readOnly) {
    setSeenPrefill(prefill.key);
    setSource(prefill);
    setFormKey((k) => k + 1);
    setFormOpen(true);
  }
  const resetPropose = actions.propose.reset;
  useEffect(() => {
    if (!formOpen || !source) return;
    resetPropose();
    formRef.current?.scrollIntoView({ behavior: "smooth", block: "center" });
    descriptionRef.current?.focus({ preventScroll: true });
  }, [formOpen, source, formKey, resetPropose]);

  const openBlankForm = () => {
    setSource(null);
    setFormKey((k) => k + 1);
    actions.propose.reset();
    setFormOpen(true);
    requestAnimationFrame(() => descriptionRef.current?.focus());
  };

  const initial: StepValues = source
    ? { description: source.description, owner: source.owner, dueOn: null }
    : { description: "", owner: mySide === "candidate" ? "candidate" : "recruiter", dueOn: null };

  const sectionClasses = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

  if (!opened)
    return (
      <section aria-labelledby={headingId} className={sectionClasses}>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          Next steps
        </h2>
        <p className="mt-1 flex items-start gap-2 text-sm text-slate-600">
          <LockIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
          <span>
            <span className="font-medium text-slate-800">Next steps open after the meeting</span>
            {" "}(it ends <LocalDateTime date={endsAt} />). Then each side
            marks its goals, and both agree who does what next.
          </span>
        </p>
      </section>
    );

  const steps = list.data?.steps ?? [];
  const active = steps.filter((s) => s.status === "open");
  const finished = steps.filter((s) => s.status !== "open");

  return (
    <section aria-labelledby={headingId} className={sectionClasses}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            Next steps
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {readOnly
              ? "What both sides agreed. The plan is closed, so steps can no longer change."
              : "Either side proposes; a step is agreed once both sides have confirmed it. Both sides always see this list."}
          </p>
        </div>
        {!readOnly && !formOpen && list.data && (
          <Button ref={proposeButtonRef} onClick={openBlankForm} className="max-sm:w-full">
            <PlusIcon />
            Propose a next step
          </Button>
        )}
      </div>

      <div className="mt-5 space-y-5">
        {list.isPending ? (
          <p className="text-sm text-slate-600" role="status">
            Loading next steps…
          </p>
        ) : list.isError ? (
          <LoadFailed message={`We couldn't load the next steps. ${list.error.message}`} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <AgreementBanner steps={steps} stepsAgreedAt={list.data.stepsAgreedAt} mySide={mySide} readOnly={readOnly} />

            {formOpen && !readOnly && (
              <div ref={formRef} className="rounded-lg border border-brand-100 bg-brand-50/50 p-4 sm:p-5">
                <h3 className="mb-3 font-semibold text-slate-900">Propose a next step</h3>
                <StepForm
                  key={formKey}
                  idPrefix="propose-step"
                  mySide={mySide}
                  initial={initial}
                  descriptionRef={descriptionRef}
                  submitLabel="Propose step"
                  pendingLabel="Proposing…"
                  pending={actions.propose.isPending}
                  failure={actions.propose.error}
                  notice={
                    <p className="text-sm text-slate-700">
                      {source && <span className="font-medium text-slate-900">From the debrief: {source.source}. </span>}
                      Proposing counts as your confirmation; {sideNoun(otherSide(mySide))} is asked to confirm it.
                      {source?.fromPrivate && (
                        <span className="mt-1 block font-medium text-amber-900">
                          This question is private, but the step will be visible to both sides: reword it if needed.
                        </span>
                      )}
                    </p>
                  }
                  errorAction={
                    isStale(actions.propose.error) ? (
                      <Button size="sm" variant="secondary" onClick={() => void actions.reload()}>
                        Reload
                      </Button>
                    ) : undefined
                  }
                  onCancel={() => {
                    actions.propose.reset();
                    closeForm();
                  }}
                  onSubmit={(values) =>
                    actions.propose.mutate(
                      { planId, ...values },
                      {
                        onSuccess: () => {
                          closeForm();
                          notify({ title: "Step proposed", description: `We asked ${sideNoun(otherSide(mySide))} to confirm it.` });
                        },
                      },
                    )
                  }
                />
              </div>
            )}

            {active.length > 0 && (
              <ul aria-label="Open next steps" className="space-y-3">
                {active.map((step) => (
                  <StepItem key={step.id} planId={planId} step={step} mySide={mySide} readOnly={readOnly} actions={actions} />
                ))}
              </ul>
            )}

            {finished.length > 0 && (
              <div>
                <h3 className={cx("mb-2 text-sm font-semibold text-slate-700", !active.length && "mt-1")}>Done and dropped</h3>
                <ul aria-label="Done and dropped steps" className="space-y-3">
                  {finished.map((step) => (
                    <StepItem key={step.id} planId={planId} step={step} mySide={mySide} readOnly={readOnly} actions={actions} />
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
