"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { CUTOFF_LIMITS } from "@/server/rules/scheduling";

/** Until how many hours before a meeting its candidate may change or cancel the time themselves (admins only). */
export function SchedulingSettingsForm() {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.organisation.settings.queryOptions());
  const update = useMutation(trpc.organisation.updateSettings.mutationOptions());
  const errors = formErrors(update.error, ["candidateChangeCutoffHours"]);

  return (
    <Form
      failure={update.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const raw = String(new FormData(event.currentTarget).get("candidateChangeCutoffHours") ?? "");
        update.mutate(
          { candidateChangeCutoffHours: raw.trim() === "" ? Number.NaN : Number(raw) },
          {
            onSuccess: async (saved) => {
              await queryClient.invalidateQueries(trpc.organisation.settings.queryFilter());
              notify({ title: "Cut-off saved", description: `Candidates can change or cancel until ${saved.candidateChangeCutoffHours} hours before.` });
            },
          },
        );
      }}
    >
      <TextField
        label="Hours before the meeting"
        hint={`From then on the candidate's page tells them to contact the recruiter. ${CUTOFF_LIMITS.minHours}–${CUTOFF_LIMITS.maxHours}; the default is ${CUTOFF_LIMITS.defaultHours}.`}
        name="candidateChangeCutoffHours"
        type="number"
        inputMode="numeric"
        min={CUTOFF_LIMITS.minHours}
        max={CUTOFF_LIMITS.maxHours}
        step={1}
        defaultValue={data.candidateChangeCutoffHours}
        className="max-w-xs"
        error={errors.fields.candidateChangeCutoffHours}
      />
      <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
        Save cut-off
      </Button>
    </Form>
  );
}
