"use client";

import { usePlanView } from "@/components/plan/use-plan-view";
import type { PlanSide } from "@/server/rules/enums";

/** Whether the plan's time is still to be picked, read from the reader's own view of it in the cache. */
export function useTimeToBePicked(planId: string, side: PlanSide): boolean {
  return usePlanView(planId, side).data?.scheduling.toBePicked ?? false;
}
