"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import type { TeamMember } from "./team-member";
import { usePlanChanged } from "./use-plan-changed";

export interface WithdrawInterviewerLinkDialogProps {
  planId: string;
  member: TeamMember;
}

/** Takes an interviewer's emailed link back before they follow it. */
export function WithdrawInterviewerLinkDialog({ planId, member }: WithdrawInterviewerLinkDialogProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const planChanged = usePlanChanged(planId);
  const revoke = useMutation(trpc.interviewerInvitation.revoke.mutationOptions());
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        revoke.reset();
        setOpen(next);
      }}
      trigger={
        <Button variant="secondary" size="sm" aria-label={`Withdraw ${member.name}'s link`}>
          Withdraw link
        </Button>
      }
      title={`Withdraw ${member.name}'s link?`}
      description="The emailed link stops working. You can invite them again later."
      cancelLabel="Keep the link"
      confirmLabel="Withdraw link"
      pendingLabel="Withdrawing…"
      pending={revoke.isPending}
      error={revoke.error?.message}
      onConfirm={() =>
        revoke.mutate(
          { planId, interviewerId: member.interviewerId },
          {
            onSuccess: async () => {
              await planChanged();
              setOpen(false);
              notify({ title: "Link withdrawn", description: `${member.name}'s link no longer works.` });
            },
          },
        )
      }
    />
  );
}
