"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { RouterOutputs } from "@/components/api-types";
import type { PreparationStep } from "@/server/rules/preparation";
import { useTRPC } from "@/components/trpc";

export type Preparation = RouterOutputs["preparation"]["get"];

/** The candidate's preparation, from the cache the page hydrated. */
export function usePreparation(planId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.preparation.get.queryOptions({ planId }));
}

/**
 * Ticking a step done: the tick shows at once while its save is on the way,
 * a refused one is undone with its reason.
 */
export function useStepTicks(planId: string, stepsDone: readonly number[]) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.preparation.get.queryKey({ planId });
  const [pending, setPending] = useState<Partial<Record<number, boolean>>>({});
  const [error, setError] = useState<{ step: number; message: string } | null>(null);
  const setStep = useMutation(
    trpc.preparation.setStep.mutationOptions({
      onError: (failure, { step }) => setError({ step, message: `${failure.message} Your tick was not saved.` }),
      onSettled: async (_result, _error, { step }) => {
        await queryClient.invalidateQueries({ queryKey: key });
        setPending(({ [step]: _settled, ...rest }) => rest);
      },
    }),
  );
  return {
    isDone: (step: number) => pending[step] ?? stepsDone.includes(step),
    isSaving: (step: number) => pending[step] !== undefined,
    errorOf: (step: number) => (error?.step === step ? error.message : undefined),
    toggle: (step: PreparationStep, done: boolean) => {
      setError(null);
      setPending((ticks) => ({ ...ticks, [step]: done }));
      // A refetch already on its way predates this tick: drop it rather than let it flash the old state.
      void queryClient.cancelQueries({ queryKey: key });
      setStep.mutate({ planId, step, done });
    },
  };
}

/** Saves one private note (about an interviewer, or the "held back" note) from the version the candidate saw. */
export function useNoteSaver(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.preparation.saveNote.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.preparation.get.queryKey({ planId }) }),
    }),
  );
  return (interviewerId: string | null, text: string, expectedVersion: number | null) =>
    save.mutateAsync({ planId, interviewerId, text, expectedVersion });
}
