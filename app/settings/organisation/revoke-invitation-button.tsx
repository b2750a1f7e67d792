"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

export interface RevokeInvitationButtonProps {
  invitationId: string;
  email: string;
}

/** Withdraws a pending invitation to the organisation. */
export function RevokeInvitationButton({ invitationId, email }: RevokeInvitationButtonProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.organisation.revokeInvitation.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.organisation.invitations.queryFilter());
        notify({ title: "Invitation withdrawn", description: `The link sent to ${email} no longer works.` });
      },
      onError: (error) => notify({ title: "Could not withdraw the invitation", description: error.message, tone: "error" }),
    }),
  );
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={revoke.isPending}
      pendingLabel="Revoking…"
      aria-label={`Revoke invitation for ${email}`}
      onClick={() => revoke.mutate({ invitationId })}
    >
      Revoke
    </Button>
  );
}
