"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import type { PlanSide } from "@/server/rules/enums";

/** Whether the plan's time is still to be picked, read from the reader's own view of it in the cache. */
export function useTimeToBePicked(planId: string, side: PlanSide): boolean {
  const trpc = useTRPC();
  const candidate = useQuery({ ...trpc.interview.get.queryOptions({ planId }), enabled: side === "candidate" });
  const organisation = useQuery({ ...trpc.plan.get.queryOptions({ planId }), enabled: side === "organisation" });
  return (side === "candidate" ? candidate.data : organisation.data)?.scheduling.toBePicked ?? false;
}
