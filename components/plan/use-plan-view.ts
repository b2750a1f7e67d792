"use client";

import { useQuery } from "@tanstack/react-query";
import type { PlanSide } from "@/server/rules/enums";
import { useTRPC } from "@/components/trpc";

/**
 * The plan as the reader's side sees it, from the query cache the page
 * hydrated: `interview.get` for the candidate, `plan.get` for the
 * organisation. Shared panels read what both views carry.
 */
export function usePlanView(planId: string, mySide: PlanSide) {
  const trpc = useTRPC();
  const candidate = useQuery({ ...trpc.interview.get.queryOptions({ planId }), enabled: mySide === "candidate" });
  const organisation = useQuery({ ...trpc.plan.get.queryOptions({ planId }), enabled: mySide === "organisation" });
  return mySide === "candidate" ? candidate : organisation;
}

/** Whether the plan may still change (the server's `allowed.write`); false until the view is loaded. */
export function usePlanWritable(planId: string, mySide: PlanSide): boolean {
  return usePlanView(planId, mySide).data?.allowed.write ?? false;
}
