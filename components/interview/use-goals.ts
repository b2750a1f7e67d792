"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "@/components/trpc";
import type { AppRouter } from "@/server/api/root";

export type GoalListOutput = inferRouterOutputs<AppRouter>["goal"]["list"];
export type Goal = GoalListOutput["goals"][number];

/** Both sides' goals as this reader may see them: all of their own, the other side's shared ones. */
export function useGoals(planId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.goal.list.queryOptions({ planId }));
}

/**
 * Writes to the reader's own goals. Every change refetches the list (and the
 * recruiter's plan, whose counts include shared goals) so what is shown is what was saved.
 */
export function useGoalMutations(planId: string, onChanged?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.goal.list.queryKey({ planId });
  const settle = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: listKey }),
      queryClient.invalidateQueries({ queryKey: trpc.plan.get.queryKey({ planId }) }),
    ]);
    onChanged?.();
  };

  const add = useMutation(trpc.goal.add.mutationOptions({ onSuccess: settle }));
  const update = useMutation(trpc.goal.update.mutationOptions({ onSuccess: settle }));
  const remove = useMutation(trpc.goal.remove.mutationOptions({ onSuccess: settle }));
  const reorder = useMutation(
    trpc.goal.reorder.mutationOptions({
      // The new order shows at once; a refused reorder puts the old one back.
      onMutate: async ({ orderedIds }) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        const previous = queryClient.getQueryData(listKey);
        queryClient.setQueryData(listKey, (old) => {
          if (!old) return old;
          const rank = new Map(orderedIds.map((id, index) => [id, index]));
          const mine = old.goals.filter((g) => rank.has(g.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
          const others = old.goals.filter((g) => !rank.has(g.id));
          return { ...old, goals: [...mine.map((g, i) => ({ ...g, position: i + 1 })), ...others] };
        });
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(listKey, context.previous);
      },
      onSettled: settle,
    }),
  );

  const reload = () => queryClient.invalidateQueries({ queryKey: listKey });
  return { add, update, remove, reorder, reload };
}
