"use client";

import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { SignInToContinue } from "@/components/auth/sign-in-to-continue";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { teamPlanPath } from "@/server/rules/team";

/**
 * Spends the interviewer's invitation (only now, on purpose: mail scanners
 * fetch links) and opens the plan: straight away when the server hands over
 * a sign-in, otherwise after the interviewer signs in.
 */
export function JoinTeamButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const { go, navigating } = useGoSignedIn();
  const accept = useMutation(trpc.interviewerJoin.accept.mutationOptions());
  const signIn = useMutation({
    mutationFn: ({ token: signInToken }: { planId: string; token: string }) => signInOrThrow("link", { token: signInToken }),
    onSuccess: (_result, { planId }) => go(teamPlanPath(planId) as Route),
  });

  if (accept.data && "required" in accept.data.signIn)
    return (
      <SignInToContinue
        title="You're on the team: sign in to open the plan"
        email={accept.data.signIn.email}
        next={teamPlanPath(accept.data.planId) as Route}
      />
    );

  if (signIn.error)
    return (
      <div className="space-y-4">
        <Alert tone="info" title="You're on the team">
          <p>We couldn&apos;t sign you in automatically. Enter your email and we&apos;ll send you a sign-in link.</p>
        </Alert>
        <MagicLinkForm />
      </div>
    );

  return (
    <div className="space-y-4">
      {accept.error && (
        <Alert title="We couldn't add you to this plan">
          <p>{accept.error.message}</p>
        </Alert>
      )}
      <Button
        block
        pending={accept.isPending || signIn.isPending || navigating}
        pendingLabel="Opening the plan…"
        onClick={() =>
          accept.mutate(
            { token },
            { onSuccess: ({ planId, signIn: next }) => "token" in next && signIn.mutate({ planId, token: next.token }) },
          )
        }
      >
        Join and open the plan
      </Button>
    </div>
  );
}
