"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { LIMITS, PLAN_LIMITS } from "@/server/rules/limits";
import { planPath } from "@/server/rules/plan-urls";

export interface DuplicatePlanFormProps {
  planId: string;
  /** Tells the dialog a duplicate is being made (or opened), so it cannot be closed meanwhile. */
  onPending: (pending: boolean) => void;
}

/** The duplicate dialog's form: the new candidate, then the new plan opens. */
export function DuplicatePlanForm({ planId, onPending }: DuplicatePlanFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const notify = useToast();
  const [navigating, startNavigation] = useTransition();
  const duplicate = useMutation(trpc.plan.duplicate.mutationOptions());
  const errors = formErrors(duplicate.error, ["candidateName", "candidateEmail"]);
  const pending = duplicate.isPending || navigating;

  useEffect(() => {
    onPending(pending);
  }, [pending, onPending]);
  useEffect(() => () => onPending(false), [onPending]);

  return (
    <Form
      className="mt-5"
      failure={duplicate.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        duplicate.mutate(
          { planId, candidateName: String(data.get("candidateName") ?? ""), candidateEmail: String(data.get("candidateEmail") ?? "") },
          {
            onSuccess: ({ id }) => {
              void queryClient.invalidateQueries(trpc.plan.list.pathFilter());
              notify({ title: "Plan duplicated", description: "Fill in what this candidate's first interview established." });
              startNavigation(() => router.push(planPath(id) as Route));
            },
          },
        );
      }}
    >
      <TextField label="Candidate's name" name="candidateName" autoComplete="off" maxLength={PLAN_LIMITS.candidateName} error={errors.fields.candidateName} />
      <TextField label="Candidate's email" name="candidateEmail" type="email" autoComplete="off" maxLength={LIMITS.email} error={errors.fields.candidateEmail} />
      <ModalActions pending={pending} className="pt-1">
        <Button type="submit" pending={pending} pendingLabel="Duplicating…">
          Create the new plan
        </Button>
      </ModalActions>
    </Form>
  );
}
