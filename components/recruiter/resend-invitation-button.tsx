"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { usePlanChanged } from "./use-plan-changed";

export interface ResendInvitationButtonProps {
  planId: string;
  candidateEmail: string;
}

/** A new link for the candidate; the old one stops working. */
export function ResendInvitationButton({ planId, candidateEmail }: ResendInvitationButtonProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const planChanged = usePlanChanged(planId);
  const share = useMutation(
    trpc.plan.share.mutationOptions({
      onSuccess: async () => {
        await planChanged();
        notify({ title: "Invitation sent again", description: `We emailed ${candidateEmail} a new link; the old one no longer works.` });
      },
      onError: (error) => notify({ title: "Could not resend the invitation", description: error.message, tone: "error" }),
    }),
  );
  return (
    <Button variant="secondary" pending={share.isPending} pendingLabel="Sending…" onClick={() => share.mutate({ planId })}>
      Resend invitation
    </Button>
  );
}
