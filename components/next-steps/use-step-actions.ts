"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";

/**
 * The writes on next steps. Each one, refused or not, invalidates what shows
 * steps: the list, both plan views (the stage follows "every open step
 * agreed"), the open questions ("already a next step"), the timeline and the
 * notifications. A refusal refetches too, so the conflict view has the latest version.
 */
export function useStepActions(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const onSettled = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.nextStep.list.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.plan.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.interview.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.debrief.openQuestions.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.timeline.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() }),
    ]);

  return {
    propose: useMutation(trpc.nextStep.propose.mutationOptions({ onSettled })),
    confirm: useMutation(trpc.nextStep.confirm.mutationOptions({ onSettled })),
    edit: useMutation(trpc.nextStep.edit.mutationOptions({ onSettled })),
    markDone: useMutation(trpc.nextStep.markDone.mutationOptions({ onSettled })),
    drop: useMutation(trpc.nextStep.drop.mutationOptions({ onSettled })),
    declineDrop: useMutation(trpc.nextStep.declineDrop.mutationOptions({ onSettled })),
  };
}

export type StepActions = ReturnType<typeof useStepActions>;
