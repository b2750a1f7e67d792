"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import type { Route } from "next";
import { interviewPath } from "@/server/rules/plan-urls";
import { useTRPC } from "@/components/trpc";
import { InterviewHeader } from "./interview-header";

/** The preparation page's header, from the cached plan: its stage and closed state follow live changes. */
export function PrepareHeader({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const { data: plan } = useSuspenseQuery(trpc.interview.get.queryOptions({ planId }));
  return <InterviewHeader plan={plan} title="Prepare for your second interview" back={{ href: interviewPath(planId) as Route, label: "Back to the plan" }} />;
}
