"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { useRefresh } from "@/components/use-refresh";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const trpc = useTRPC();
  const notify = useToast();
  const { refresh, refreshing } = useRefresh();
  const revoke = useMutation(
    trpc.organisation.revokeInvitation.mutationOptions({
      onSuccess: () => {
        notify({ title: "Invitation withdrawn", description: `The link sent to ${email} no longer works.` });
        refresh();
      },
      onError: (error) => notify({ title: "Could not withdraw the invitation", description: error.message, tone: "error" }),
    }),
  );
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={revoke.isPending || refreshing}
      pendingLabel="Revoking…"
      aria-label={`Revoke invitation for ${email}`}
      onClick={() => revoke.mutate({ invitationId })}
    >
      Revoke
    </Button>
  );
}
