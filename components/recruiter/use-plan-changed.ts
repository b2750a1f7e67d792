"use client";

import { useQueryClient } from "@tanstack/react-query";
import { isStaleAfter } from "@/components/live/plan-queries";

/**
 * After the recruiter changed a plan: its stage and flags decide what every
 * panel may show and offer, so every query about that plan is re-read, and
 * the plan lists (the dashboard) with them — at once, not only when the
 * change comes back as a live event.
 */
export function usePlanChanged(planId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: isStaleAfter(planId, ["details", "stage"]) });
}
