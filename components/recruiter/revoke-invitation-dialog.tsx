"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { usePlanChanged } from "./use-plan-changed";

export interface RevokeInvitationDialogProps {
  planId: string;
  candidateName: string;
}

/** Takes the emailed link back: the plan returns to draft, out of the candidate's sight. */
export function RevokeInvitationDialog({ planId, candidateName }: RevokeInvitationDialogProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const planChanged = usePlanChanged(planId);
  const revoke = useMutation(trpc.plan.revokeInvitation.mutationOptions());
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        revoke.reset();
        setOpen(next);
      }}
      trigger={<Button variant="secondary">Revoke invitation</Button>}
      title="Revoke the invitation?"
      description={`The emailed link stops working and the plan goes back to draft, out of ${candidateName}'s sight. You can share it again later.`}
      cancelLabel="Keep the invitation"
      confirmLabel="Revoke invitation"
      pendingLabel="Revoking…"
      pending={revoke.isPending}
      error={revoke.error?.message}
      onConfirm={() =>
        revoke.mutate(
          { planId },
          {
            onSuccess: async () => {
              await planChanged();
              setOpen(false);
              notify({ title: "Invitation revoked", description: "The plan is a draft again." });
            },
          },
        )
      }
    />
  );
}
