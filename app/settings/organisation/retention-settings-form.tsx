"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { useToast } from "@/components/ui/toast";
import { RETENTION_LIMITS, RETENTION_NOTICE_DAYS } from "@/server/rules/retention";
import { NumberSettingForm } from "./number-setting-form";

/** How many months after a plan closes its candidate's personal data is kept (admins only). */
export function RetentionSettingsForm() {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.dataRights.retention.queryOptions());
  const update = useMutation(trpc.dataRights.setRetention.mutationOptions());

  return (
    <NumberSettingForm
      name="retentionMonths"
      label="Months after a plan closes"
      hint={`${RETENTION_LIMITS.minMonths}–${RETENTION_LIMITS.maxMonths}; the default is ${RETENTION_LIMITS.defaultMonths}. Admins are emailed ${RETENTION_NOTICE_DAYS} days before plans are anonymised; a shorter period applies within the hour to plans already past it.`}
      min={RETENTION_LIMITS.minMonths}
      max={RETENTION_LIMITS.maxMonths}
      value={data.retentionMonths}
      submitLabel="Save retention period"
      pending={update.isPending}
      failure={update.error}
      onSave={(retentionMonths) =>
        update.mutate(
          { retentionMonths },
          {
            onSuccess: async (saved) => {
              await queryClient.invalidateQueries(trpc.dataRights.retention.queryFilter());
              notify({ title: "Retention period saved", description: `Candidate data is kept ${saved.retentionMonths} months after a plan closes.` });
            },
          },
        )
      }
    />
  );
}
