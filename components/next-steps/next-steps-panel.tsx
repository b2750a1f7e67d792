"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { usePlanWritable } from "@/components/plan/use-plan-view";
import { useTRPC } from "@/components/trpc";
import { LoadFailed } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { PlusIcon } from "@/components/ui/icons";
import { AgreementBanner } from "./agreement-banner";
import { ProposeStep, type StepPrefill } from "./propose-step";
import { StepItem } from "./step-item";
import { useStepActions } from "./use-step-actions";

export type { StepPrefill } from "./propose-step";

interface NextStepsPanelProps {
  planId: string;
  mySide: PlanSide;
  prefill?: StepPrefill | null;
}

const sectionClasses = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

/**
 * Next steps, once the meeting took place (PlanFollowUp shows them), agreed
 * only when both sides confirmed them: the list (from the query cache; live
 * events refetch it), who has confirmed each, the actions the server allows
 * the reader, and the propose form.
 */
export function NextStepsPanel({ planId, mySide, prefill }: NextStepsPanelProps) {
  const trpc = useTRPC();
  const headingId = useId();
  const readOnly = !usePlanWritable(planId, mySide);
  const list = useQuery(trpc.nextStep.list.queryOptions({ planId }));
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

  const steps = list.data?.steps ?? [];
  const active = steps.filter((s) => s.status === "open");
  const finished = steps.filter((s) => s.status !== "open");
  const item = (step: (typeof steps)[number]) => <StepItem key={step.id} planId={planId} step={step} mySide={mySide} readOnly={readOnly} actions={actions} />;

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
        {list.data?.canPropose && !formOpen && (
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
            {formOpen && list.data.canPropose && (
              <div ref={formRef} className="rounded-lg border border-brand-100 bg-brand-50/50 p-4 sm:p-5">
                <h3 className="mb-3 font-semibold text-slate-900">Propose a next step</h3>
                <ProposeStep key={formKey} planId={planId} mySide={mySide} source={source} propose={actions.propose} descriptionRef={descriptionRef} onClose={closeForm} />
              </div>
            )}
            {active.length > 0 && (
              <ul aria-label="Open next steps" className="space-y-3">
                {active.map(item)}
              </ul>
            )}
            {finished.length > 0 && (
              <div>
                <h3 className={cx("mb-2 text-sm font-semibold text-slate-700", !active.length && "mt-1")}>Done and dropped</h3>
                <ul aria-label="Done and dropped steps" className="space-y-3">
                  {finished.map(item)}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
