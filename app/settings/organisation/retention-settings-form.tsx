"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { RETENTION_LIMITS, RETENTION_NOTICE_DAYS } from "@/server/rules/retention";

/** How many months after a plan closes its candidate's personal data is kept (admins only). */
export function RetentionSettingsForm() {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.dataRights.retention.queryOptions());
  const update = useMutation(trpc.dataRights.setRetention.mutationOptions());
  const errors = formErrors(update.error, ["retentionMonths"]);

  return (
    <Form
      failure={update.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const raw = String(new FormData(event.currentTarget).get("retentionMonths") ?? "");
        update.mutate(
          { retentionMonths: raw.trim() === "" ? Number.NaN : Number(raw) },
          {
            onSuccess: async (saved) => {
              await queryClient.invalidateQueries(trpc.dataRights.retention.queryFilter());
              notify({ title: "Retention period saved", description: `Candidate data is kept ${saved.retentionMonths} months after a plan closes.` });
            },
          },
        );
      }}
    >
      <TextField
        label="Months after a plan closes"
        hint={`${RETENTION_LIMITS.minMonths}–${RETENTION_LIMITS.maxMonths}; the default is ${RETENTION_LIMITS.defaultMonths}. Admins are emailed ${RETENTION_NOTICE_DAYS} days before plans are anonymised; a shorter period applies within the hour to plans already past it.`}
        name="retentionMonths"
        type="number"
        inputMode="numeric"
        min={RETENTION_LIMITS.minMonths}
        max={RETENTION_LIMITS.maxMonths}
        step={1}
        defaultValue={data.retentionMonths}
        className="max-w-xs"
        error={errors.fields.retentionMonths}
      />
      <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
        Save retention period
      </Button>
    </Form>
  );
}
