"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { useToast } from "@/components/ui/toast";
import { CUTOFF_LIMITS } from "@/server/rules/scheduling";
import { NumberSettingForm } from "./number-setting-form";

/** Until how many hours before a meeting its candidate may change or cancel the time themselves (admins only). */
export function SchedulingSettingsForm() {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.organisation.settings.queryOptions());
  const update = useMutation(trpc.organisation.updateSettings.mutationOptions());

  return (
    <NumberSettingForm
      name="candidateChangeCutoffHours"
      label="Hours before the meeting"
      hint={`From then on the candidate's page tells them to contact the recruiter. ${CUTOFF_LIMITS.minHours}–${CUTOFF_LIMITS.maxHours}; the default is ${CUTOFF_LIMITS.defaultHours}.`}
      min={CUTOFF_LIMITS.minHours}
      max={CUTOFF_LIMITS.maxHours}
      value={data.candidateChangeCutoffHours}
      submitLabel="Save cut-off"
      pending={update.isPending}
      failure={update.error}
      onSave={(candidateChangeCutoffHours) =>
        update.mutate(
          { candidateChangeCutoffHours },
          {
            onSuccess: async (saved) => {
              await queryClient.invalidateQueries(trpc.organisation.settings.queryFilter());
              notify({ title: "Cut-off saved", description: `Candidates can change or cancel until ${saved.candidateChangeCutoffHours} hours before.` });
            },
          },
        )
      }
    />
  );
}
