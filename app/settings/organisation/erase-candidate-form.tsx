"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { plural } from "@/server/rules/format";
import { FORMER_CANDIDATE } from "@/server/rules/retention";
import { EraseCandidateDialog } from "./erase-candidate-dialog";

/**
 * An admin erases one candidate's data on request: the candidate's address
 * first finds how many of the organisation's plans name them, then a
 * confirmation anonymises exactly those.
 */
export function EraseCandidateForm({ orgName }: { orgName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [found, setFound] = useState<{ email: string; plans: number } | null>(null);
  const [erased, setErased] = useState<number | null>(null);
  const find = useMutation({
    mutationFn: (email: string) => queryClient.fetchQuery({ ...trpc.dataRights.previewErasure.queryOptions({ email }), staleTime: 0 }),
  });
  const errors = formErrors(find.error as Parameters<typeof formErrors>[0], ["email"]);

  return (
    <div className="space-y-4">
      <Form
        failure={find.error}
        formError={errors.form}
        onSubmit={(event) => {
          event.preventDefault();
          const email = String(new FormData(event.currentTarget).get("email") ?? "");
          setErased(null);
          setFound(null);
          find.mutate(email, { onSuccess: ({ plans }) => setFound({ email: email.trim().toLowerCase(), plans }) });
        }}
      >
        <TextField label="Candidate's email address" name="email" type="email" autoComplete="off" className="max-w-sm" error={errors.fields.email} />
        <Button type="submit" variant="secondary" pending={find.isPending} pendingLabel="Looking…">
          Find their plans
        </Button>
      </Form>
      <div aria-live="polite">
        {erased !== null && <Alert tone="success">Erased: {plural(erased, "plan")} {erased === 1 ? "now names" : "now name"} the {FORMER_CANDIDATE.toLowerCase()}.</Alert>}
        {found && found.plans === 0 && erased === null && (
          <Alert tone="info">No plan of {orgName} names {found.email} (or it was anonymised already).</Alert>
        )}
        {found && found.plans > 0 && (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">
              {plural(found.plans, "plan")} of {orgName} {found.plans === 1 ? "names" : "name"} {found.email}.
            </p>
            <EraseCandidateDialog
              email={found.email}
              plans={found.plans}
              onErased={(count) => {
                setFound(null);
                setErased(count);
              }}
            />
          </div>
        )}
      </div>
    </div>
  );
}
