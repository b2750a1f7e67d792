"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@/components/api-types";
import { useTRPC } from "@/components/trpc";

export type GoalListOutput = RouterOutputs["goal"]["list"];
export type Goal = GoalListOutput["goals"][number];

/** Both sides' goals as this reader may see them: all of their own, the other side's shared ones. */
export function useGoals(planId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.goal.list.queryOptions({ planId }));
}

/**
 * Writes to the reader's own goals. Each settles by invalidating what shows
 * goals: the list, the recruiter's plan (its counts), the debrief's open
 * questions and the timeline.
 */
export function useGoalMutations(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.goal.list.queryKey({ planId });
  const settle = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: listKey }),
      queryClient.invalidateQueries({ queryKey: trpc.plan.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.debrief.openQuestions.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.timeline.list.pathKey() }),
    ]);

  const add = useMutation(trpc.goal.add.mutationOptions({ onSuccess: settle }));
  // A refused update refetches too: the conflict view needs the latest version.
  const update = useMutation(trpc.goal.update.mutationOptions({ onSettled: settle }));
  const remove = useMutation(trpc.goal.remove.mutationOptions({ onSettled: settle }));
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

  return { add, update, remove, reorder };
}
