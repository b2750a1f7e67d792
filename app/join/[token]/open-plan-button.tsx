"use client";

import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { SignInToContinue } from "@/components/auth/sign-in-to-continue";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { errorCode } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { interviewPath } from "@/server/rules/plan-urls";

/**
 * Spends the invitation (only now, on purpose) and opens the plan: straight
 * away when the server hands over a sign-in, otherwise after the candidate signs in.
 */
export function OpenPlanButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { go, navigating } = useGoSignedIn();
  const accept = useMutation(trpc.join.accept.mutationOptions());
  const signIn = useMutation({
    mutationFn: ({ token: signInToken }: { planId: string; token: string }) => signInOrThrow("link", { token: signInToken }),
    onSuccess: (_result, { planId }) => go(interviewPath(planId) as Route),
  });

  if (accept.data && "required" in accept.data.signIn)
    return (
      <SignInToContinue
        title="Your plan is ready: sign in to open it"
        email={accept.data.signIn.email}
        next={interviewPath(accept.data.planId) as Route}
      />
    );

  if (signIn.error)
    return (
      <div className="space-y-4">
        <Alert tone="info" title="Your plan is ready">
          <p>We couldn&apos;t sign you in automatically. Enter your email and we&apos;ll send you a sign-in link.</p>
        </Alert>
        <MagicLinkForm />
      </div>
    );

  return (
    <div className="space-y-4">
      {accept.error && (
        <Alert title="This link no longer works">
          <p>{accept.error.message}</p>
          {errorCode(accept.error) === "BAD_REQUEST" && (
            <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
              See what you can do
            </Button>
          )}
        </Alert>
      )}
      <Button
        block
        pending={accept.isPending || signIn.isPending || navigating}
        pendingLabel="Opening your plan…"
        onClick={() =>
          accept.mutate(
            { token },
            { onSuccess: ({ planId, signIn: next }) => "token" in next && signIn.mutate({ planId, token: next.token }) },
          )
        }
      >
        Open my plan
      </Button>
    </div>
  );
}
