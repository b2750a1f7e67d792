"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { CopyIcon } from "@/components/ui/icons";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { LIMITS, PLAN_LIMITS } from "@/server/rules/limits";
import { planPath } from "@/server/rules/plan-urls";

export interface DuplicatePlanDialogProps {
  planId: string;
}

/** A new draft for another candidate, from this plan's meeting, agenda, interviewers and topics. */
export function DuplicatePlanDialog({ planId }: DuplicatePlanDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const [navigating, startNavigation] = useTransition();
  const duplicate = useMutation(trpc.plan.duplicate.mutationOptions());
  const errors = formErrors(duplicate.error, ["candidateName", "candidateEmail"]);
  const pending = duplicate.isPending || navigating;
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        duplicate.reset();
        setOpen(next);
      }}
      pending={pending}
      trigger={
        <Button variant="secondary">
          <CopyIcon />
          Duplicate for another candidate
        </Button>
      }
      title="Duplicate for another candidate"
      description={
        <>
          A new draft with the same meeting, agenda, interviewers and first-interview topics. Nothing of this
          candidate&apos;s comes along: no goals, notes or internal note.
        </>
      }
    >
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
    </Modal>
  );
}
