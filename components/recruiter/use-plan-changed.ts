"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";

/** A tRPC query key's input, where a plan's queries name their plan. */
function planIdOf(queryKey: readonly unknown[]): unknown {
  const meta = queryKey[1] as { input?: { planId?: unknown } } | undefined;
  return meta?.input?.planId;
}

/**
 * After the recruiter changed a plan: its stage and flags decide what every
 * panel may show and offer, so every query about that plan is re-read, and
 * the plan lists (the dashboard) with them.
 */
export function usePlanChanged(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.plan.list.pathFilter()),
      queryClient.invalidateQueries({ predicate: (query) => planIdOf(query.queryKey) === planId }),
    ]);
}
