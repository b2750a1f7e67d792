"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** After sign-up: the account waits for its address to be confirmed; the link can be sent again (within limits). */
export function CheckYourEmail({ email }: { email: string }) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());
  return (
    <div className="space-y-4">
      <Alert tone="success" title="Check your email">
        <p>
          We sent a confirmation link to <strong className="font-medium">{email}</strong>. Follow it to confirm the address
          and open your organisation.
        </p>
        <p>Until then nobody can sign in to this account. The link works once and expires within a day.</p>
      </Alert>
      {resend.isSuccess && (
        <Alert tone="info">If this address is waiting for its confirmation, a new link is on its way.</Alert>
      )}
      {resend.error && <Alert>{resend.error.message}</Alert>}
      <Button
        variant="secondary"
        block
        pending={resend.isPending}
        pendingLabel="Sending…"
        onClick={() => resend.mutate({ email })}
      >
        Send the link again
      </Button>
    </div>
  );
}
