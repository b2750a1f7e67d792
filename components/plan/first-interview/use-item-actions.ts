"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@/components/api-types";
import { useTRPC } from "@/components/trpc";

/** One item of what the first interview established, as plan.get and interview.get both return it. */
export type FirstInterviewItem = RouterOutputs["interview"]["get"]["firstInterview"][number];

/**
 * Flag, reply and mark agreed. Each, refused or not, invalidates the plan
 * views that carry the items, the open questions and the timeline; a
 * refusal needs the latest version for the conflict view.
 */
export function useItemActions(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSettled = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.plan.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.interview.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.team.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.debrief.openQuestions.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.timeline.list.pathKey() }),
    ]);
  return {
    flag: useMutation(trpc.consistency.flag.mutationOptions({ onSettled })),
    reply: useMutation(trpc.consistency.reply.mutationOptions({ onSettled })),
    agree: useMutation(trpc.consistency.markAgreed.mutationOptions({ onSettled })),
  };
}
