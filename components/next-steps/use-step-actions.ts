"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { useRefresh } from "@/components/use-refresh";

/**
 * The writes on next steps. After each one the list, the timeline and the
 * page itself (its stage badge follows "every open step agreed") are refreshed.
 */
export function useStepActions(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { refresh } = useRefresh();

  const settle = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.nextStep.list.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.timeline.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() }),
    ]);
    refresh();
  };

  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.nextStep.list.queryKey({ planId }) });

  return {
    propose: useMutation(trpc.nextStep.propose.mutationOptions({ onSuccess: settle })),
    confirm: useMutation(trpc.nextStep.confirm.mutationOptions({ onSuccess: settle })),
    edit: useMutation(trpc.nextStep.edit.mutationOptions({ onSuccess: settle })),
    markDone: useMutation(trpc.nextStep.markDone.mutationOptions({ onSuccess: settle })),
    drop: useMutation(trpc.nextStep.drop.mutationOptions({ onSuccess: settle })),
    declineDrop: useMutation(trpc.nextStep.declineDrop.mutationOptions({ onSuccess: settle })),
    reload,
  };
}
