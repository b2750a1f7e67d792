"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Accordion } from "radix-ui";
import { useState } from "react";
import { PREPARATION_STEP_COUNT, PREPARATION_STEPS } from "@/server/rules/preparation";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { CheckIcon, ChevronIcon, LockIcon } from "@/components/ui/icons";
import { StepProgress } from "../progress";
import { StepBody } from "./step-body";
import { StepFooter } from "./step-footer";
import { useStepTicks } from "./use-preparation";

/**
 * The candidate's guided checklist, read from the query cache the page
 * hydrated. Opens at the first step not yet done, so coming back resumes
 * where they left off; every input saves on its own.
 */
export function PreparationSteps({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const { data: plan } = useSuspenseQuery(trpc.interview.get.queryOptions({ planId }));
  const { data: preparation } = useSuspenseQuery(trpc.preparation.get.queryOptions({ planId }));
  const readOnly = !plan.allowed.write;
  const ticks = useStepTicks(planId, preparation.stepsDone);
  const doneCount = PREPARATION_STEPS.filter((s) => ticks.isDone(s.step)).length;
  const [open, setOpen] = useState<string[]>(() => {
    const resume = PREPARATION_STEPS.find((s) => !preparation.stepsDone.includes(s.step));
    return resume ? [`step-${resume.step}`] : [];
  });

  const goTo = (step: number) => {
    setOpen((current) => [...current.filter((v) => v !== `step-${step - 1}`), `step-${step}`]);
    requestAnimationFrame(() => {
      const trigger = document.querySelector<HTMLElement>(`[data-step-trigger="${step}"]`);
      trigger?.scrollIntoView({ block: "start", behavior: "smooth" });
      trigger?.focus({ preventScroll: true });
    });
  };

  return (
    <div className="space-y-6">
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <StepProgress done={doneCount} />
        <p className="mt-3 flex items-start gap-1.5 text-sm text-slate-600">
          <LockIcon className="mt-0.5 size-3.5 shrink-0 text-slate-500" />
          <span>
            Your notes and ticks are private: the interviewing team only sees how many steps you&apos;ve done. Goals are shared unless you
            make them private.
          </span>
        </p>
        {doneCount === PREPARATION_STEP_COUNT && (
          <Alert tone="success" title="You're prepared" className="mt-4">
            <p>All five steps are done. You can still change anything until the meeting.</p>
          </Alert>
        )}
      </div>

      <Accordion.Root type="multiple" value={open} onValueChange={setOpen} className="space-y-3">
        {PREPARATION_STEPS.map((step) => {
          const isDone = ticks.isDone(step.step);
          return (
            <Accordion.Item
              key={step.step}
              value={`step-${step.step}`}
              className={cx("overflow-hidden rounded-xl border bg-white shadow-sm", isDone ? "border-emerald-200" : "border-slate-200")}
            >
              <Accordion.Header asChild>
                <h2>
                  <Accordion.Trigger
                    data-step-trigger={step.step}
                    className="group flex w-full scroll-mt-4 items-center gap-3 px-4 py-4 text-left hover:bg-slate-50 sm:px-6"
                  >
                    <span
                      aria-hidden="true"
                      className={cx("grid size-8 shrink-0 place-items-center rounded-full text-sm font-semibold", isDone ? "bg-emerald-600 text-white" : "bg-brand-50 text-brand-800")}
                    >
                      {isDone ? <CheckIcon /> : step.step}
                    </span>
                    <span className="min-w-0 flex-1">
                      <span className="sr-only">Step {step.step}: </span>
                      <span className="block font-semibold text-slate-900">{step.title}</span>
                    </span>
                    {isDone ? <Badge tone="success">Done</Badge> : <span className="sr-only">, not done yet</span>}
                    <ChevronIcon className="size-5 shrink-0 text-slate-500 transition-transform group-data-[state=open]:rotate-180" />
                  </Accordion.Trigger>
                </h2>
              </Accordion.Header>
              <Accordion.Content className="border-t border-slate-100 px-4 pt-4 pb-5 sm:px-6">
                <p className="text-slate-700">{step.explain}</p>
                <div className="mt-5">
                  <StepBody planId={planId} step={step} interviewers={plan.interviewers} preparation={preparation} readOnly={readOnly} />
                </div>
                <StepFooter
                  isDone={isDone}
                  readOnly={readOnly}
                  saving={ticks.isSaving(step.step)}
                  error={ticks.errorOf(step.step)}
                  onToggle={(next) => ticks.toggle(step.step, next)}
                  onNext={step.step < PREPARATION_STEP_COUNT ? () => goTo(step.step + 1) : undefined}
                />
              </Accordion.Content>
            </Accordion.Item>
          );
        })}
      </Accordion.Root>
    </div>
  );
}
