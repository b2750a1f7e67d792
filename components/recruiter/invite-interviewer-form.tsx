"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { LIMITS } from "@/server/rules/limits";
import type { TeamMember } from "./team-member";
import { usePlanChanged } from "./use-plan-changed";

export interface InviteInterviewerFormProps {
  planId: string;
  member: TeamMember;
  /** Tells the dialog an invitation is on its way, so it cannot be closed meanwhile. */
  onPending: (pending: boolean) => void;
  onDone: () => void;
}

/** The invite dialog's form: the interviewer's address (prefilled when known), its refusal next to it. */
export function InviteInterviewerForm({ planId, member, onPending, onDone }: InviteInterviewerFormProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const planChanged = usePlanChanged(planId);
  const send = useMutation(trpc.interviewerInvitation.send.mutationOptions());
  const errors = formErrors(send.error, ["email"]);

  useEffect(() => {
    onPending(send.isPending);
  }, [send.isPending, onPending]);
  useEffect(() => () => onPending(false), [onPending]);

  return (
    <Form
      className="mt-5"
      failure={send.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const email = String(new FormData(event.currentTarget).get("email") ?? "");
        send.mutate(
          { planId, interviewerId: member.interviewerId, email },
          {
            onSuccess: async () => {
              await planChanged();
              onDone();
              notify({ title: "Invitation sent", description: `We emailed ${email.trim()}.` });
            },
          },
        );
      }}
    >
      <TextField
        label={`${member.name}'s email`}
        name="email"
        type="email"
        autoComplete="off"
        required
        autoFocus
        defaultValue={member.email ?? ""}
        maxLength={LIMITS.email}
        error={errors.fields.email}
      />
      <ModalActions pending={send.isPending} className="pt-1">
        <Button type="submit" pending={send.isPending} pendingLabel="Sending…">
          Send invitation
        </Button>
      </ModalActions>
    </Form>
  );
}
