"use client";

import { useMutation } from "@tanstack/react-query";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

/** Spends the link only on a press: "Confirm" signs this browser in, "This wasn't me" removes the registration. */
export function ConfirmRegistration({ token }: { token: string }) {
  const trpc = useTRPC();
  const { go, navigating } = useGoSignedIn();
  const confirm = useMutation(trpc.auth.confirmEmail.mutationOptions());
  const decline = useMutation(trpc.auth.declineRegistration.mutationOptions());
  const signIn = useMutation({
    mutationFn: (signInToken: string) => signInOrThrow("link", { token: signInToken }),
    onSuccess: () => go("/dashboard"),
  });

  if (decline.isSuccess)
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Registration removed">
          <p>The account and its organisation are gone, and nobody can sign in with them. Your address is free again.</p>
        </Alert>
        <ButtonLink href="/sign-up" variant="secondary" block>
          Create an account of my own
        </ButtonLink>
      </div>
    );

  if (signIn.error)
    return (
      <Alert tone="info" title="Your email address is confirmed">
        <p>
          We couldn&apos;t sign you in automatically. <TextLink href="/sign-in">Sign in to continue</TextLink>.
        </p>
      </Alert>
    );

  const error = confirm.error ?? decline.error;
  const busy = confirm.isPending || signIn.isPending || navigating || decline.isPending;
  return (
    <div className="space-y-3">
      {error && <Alert>{error.message}</Alert>}
      <Button
        block
        pending={confirm.isPending || signIn.isPending || navigating}
        pendingLabel="Confirming…"
        disabled={busy}
        onClick={() => confirm.mutate({ token }, { onSuccess: (result) => signIn.mutate(result.signInToken) })}
      >
        Confirm, this is me
      </Button>
      <Button
        block
        variant="secondary"
        pending={decline.isPending}
        pendingLabel="Removing…"
        disabled={busy}
        onClick={() => decline.mutate({ token })}
      >
        This wasn&apos;t me
      </Button>
      <p className="text-sm text-slate-600">
        &ldquo;This wasn&apos;t me&rdquo; deletes this account and its organisation (unless someone else already belongs to it).
      </p>
    </div>
  );
}
