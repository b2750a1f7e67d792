"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import type { PlanSide, StepOwner } from "@/server/rules/enums";
import { GOAL_OUTCOME_LABEL, TOPIC_LABEL } from "@/server/rules/labels";
import { fitDescription } from "@/components/next-steps/steps";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ArrowRightIcon, CheckIcon, LockIcon, QuestionIcon } from "@/components/ui/icons";

export interface SuggestedStep {
  description: string;
  owner: StepOwner;
  source: string;
  fromPrivate?: boolean;
}

/** A must-know question nobody marked yet, as each side reads it. */
const NOT_ANSWERED: Record<PlanSide, string> = { candidate: "Not answered yet", organisation: "Not marked by the candidate yet" };

interface OpenQuestionsProps {
  planId: string;
  mySide: PlanSide;
  readOnly: boolean;
  onMakeStep: (step: SuggestedStep) => void;
}

/**
 * The article's "millions of questions": must-know questions not answered
 * yet and consistency checks still open, each one click from becoming a next step.
 */
export function OpenQuestions({ planId, mySide, readOnly, onMakeStep }: OpenQuestionsProps) {
  const trpc = useTRPC();
  const headingId = useId();
  const questions = useQuery(trpc.debrief.openQuestions.queryOptions({ planId }));
  const steps = useQuery(trpc.nextStep.list.queryOptions({ planId }));
  const existing = new Set(
    (steps.data?.steps ?? []).filter((s) => s.status !== "dropped").map((s) => s.description.trim().toLowerCase()),
  );

  if (questions.isPending)
    return (
      <p role="status" className="text-sm text-slate-600">
        Loading open questions…
      </p>
    );
  if (questions.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        We couldn&apos;t load the open questions. {questions.error.message}
      </p>
    );

  const items = [
    ...questions.data.mustKnow.map((q) => {
      const suggestion: SuggestedStep = {
        description: fitDescription(`Answer: ${q.text}`),
        owner: "recruiter",
        source: `the must-know question “${q.text}”`,
        fromPrivate: q.visibility === "private",
      };
      return {
        id: q.id,
        tag: "Must know",
        text: q.text,
        detail: q.detail,
        status: q.outcome ? `Marked ${GOAL_OUTCOME_LABEL[q.outcome].toLowerCase()}` : NOT_ANSWERED[mySide],
        isPrivate: q.visibility === "private",
        suggestion,
      };
    }),
    ...questions.data.consistencyChecks.map((c) => {
      const topic = TOPIC_LABEL[c.topic];
      const suggestion: SuggestedStep = {
        description: fitDescription(`Settle: ${topic} — ${c.summary}`),
        owner: "hiring_company",
        source: `the consistency check on ${topic.toLowerCase()}`,
      };
      return {
        id: c.id,
        tag: `Consistency check · ${topic}`,
        text: c.summary,
        detail: "",
        status: "Flagged to revisit",
        isPrivate: false,
        suggestion,
      };
    }),
  ];

  return (
    <section
      aria-labelledby={headingId}
      className={cx(
        "rounded-xl border-2 p-4 sm:p-5",
        items.length ? "border-amber-300 bg-amber-50/70" : "border-emerald-200 bg-emerald-50/60",
      )}
    >
      <h3 id={headingId} className="flex items-center gap-2 text-base font-semibold text-slate-900">
        {items.length ? <QuestionIcon className="size-5 text-amber-700" /> : <CheckIcon className="size-5 text-emerald-700" />}
        Open questions
        {items.length > 0 && (
          <span className="rounded-full bg-amber-600 px-2 py-0.5 text-xs font-bold text-white">
            {items.length}
            <span className="sr-only"> open</span>
          </span>
        )}
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-emerald-900">
          Nothing left open: every must-know question is answered and no first-interview item is waiting to be revisited.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            {readOnly
              ? "What was still open when the plan closed."
              : "Don’t leave with millions of questions: answer these, or turn each into a next step with an owner and a date."}
          </p>
          <ul aria-label="Open questions" className="mt-3 space-y-2">
            {items.map((item) => {
              const already = existing.has(item.suggestion.description.trim().toLowerCase());
              return (
                <li
                  key={item.id}
                  className="flex flex-col gap-3 rounded-lg border border-amber-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-medium text-slate-600">
                      <span className="font-semibold tracking-wide text-amber-800 uppercase">{item.tag}</span>
                      {item.isPrivate && (
                        <span className="inline-flex items-center gap-1 rounded bg-slate-200 px-1.5 py-px text-slate-800">
                          <LockIcon className="size-3" /> Private
                        </span>
                      )}
                      <span>{item.status}</span>
                    </p>
                    <p className="mt-1 font-medium break-words text-slate-900">{item.text}</p>
                    {item.detail && <p className="mt-0.5 text-sm break-words text-slate-600">{item.detail}</p>}
                  </div>
                  {!readOnly &&
                    (already ? (
                      <span className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-emerald-800">
                        <CheckIcon className="size-4" /> Already a next step
                      </span>
                    ) : (
                      <Button size="sm" variant="secondary" className="shrink-0" onClick={() => onMakeStep(item.suggestion)}>
                        Make it a next step
                        <span className="sr-only">: {item.text}</span>
                        <ArrowRightIcon className="size-3.5" />
                      </Button>
                    ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
