"use client";

import { useMutation } from "@tanstack/react-query";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInError, signInOrThrow } from "@/components/auth/sign-in-result";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ExpiredLink } from "./expired-link";

export function LinkSignIn({ token }: { token: string }) {
  const { go, navigating } = useGoSignedIn();
  const signIn = useMutation({
    mutationFn: () => signInOrThrow("link", { token }),
    onSuccess: () => go("/dashboard"),
  });

  if (signIn.error instanceof SignInError && signIn.error.code === "invalid_link") return <ExpiredLink />;

  return (
    <AuthShell title="Sign in to Second Round" description="You're one step away. This link signs you in once, on this device.">
      <div className="space-y-4">
        {signIn.error && <Alert>{signIn.error.message}</Alert>}
        <Button block pending={signIn.isPending || navigating} pendingLabel="Signing in…" onClick={() => signIn.mutate()}>
          Continue to Second Round
        </Button>
      </div>
    </AuthShell>
  );
}
