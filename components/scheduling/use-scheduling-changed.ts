"use client";

import { useQueryClient } from "@tanstack/react-query";
import { isStaleAfter } from "@/components/live/plan-queries";

/** After a change to the meeting's time, or a refusal that says it changed: every query about the plan is read again. */
export function useSchedulingChanged(planId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: isStaleAfter(planId, ["details", "stage", "timeline"]) });
}
