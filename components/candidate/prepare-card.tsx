"use client";

import { useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { interviewPreparePath } from "@/server/rules/plan-urls";
import { PREPARATION_STEP_COUNT } from "@/server/rules/preparation";
import { useTRPC } from "@/components/trpc";
import { StepProgress } from "./progress";

/** The way into the five preparation steps, with how far the candidate got (`preparation.get`, from the cache). */
export function PrepareCard({ planId, readOnly }: { planId: string; readOnly: boolean }) {
  const trpc = useTRPC();
  const stepsDone = useQuery(trpc.preparation.get.queryOptions({ planId })).data?.stepsDone.length ?? 0;
  const label = readOnly || stepsDone === PREPARATION_STEP_COUNT ? "Review your preparation" : stepsDone === 0 ? "Start preparing" : "Continue preparing";
  return (
    <section aria-labelledby="prepare-heading" className="rounded-xl bg-brand-700 p-5 text-white shadow-sm sm:p-6">
      <h2 id="prepare-heading" className="text-lg font-semibold">
        Prepare for this interview
      </h2>
      <p className="mt-1 text-sm text-white/85">
        Five short steps: the people you&apos;re meeting, what you want to establish, what you must know before you leave, and what
        they want to achieve.
      </p>
      <StepProgress done={stepsDone} tone="light" className="mt-4" />
      <Link
        href={interviewPreparePath(planId) as Route}
        className="mt-5 inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-white px-4 font-medium text-brand-800 shadow-sm hover:bg-brand-50 focus-visible:outline-white sm:min-h-10 sm:text-sm"
      >
        {label}
        <span aria-hidden="true" className="ml-1">
          →
        </span>
      </Link>
    </section>
  );
}
