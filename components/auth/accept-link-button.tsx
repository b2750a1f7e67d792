"use client";

import { useMutation, type UseMutationResult } from "@tanstack/react-query";
import type { Route } from "next";
import type { ReactNode } from "react";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { SignInToContinue } from "@/components/auth/sign-in-to-continue";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** What accepting a plan link answers: the plan, and a sign-in handed over or required (server/api/link-sign-in.ts). */
type Accepted = { planId: string; signIn: { token: string } | { required: true; email: string } };

interface AcceptLinkButtonProps<E extends { message: string }> {
  token: string;
  accept: UseMutationResult<Accepted, E, { token: string }>;
  /** The plan's page for the person the link is for. */
  pathOf: (planId: string) => string;
  words: { ready: string; signInTitle: string; refused: string; label: string; pending: string };
  /** Shown under a refusal, for the person to find a way forward. */
  refusedHelp?: (error: E) => ReactNode;
}

/**
 * Spends a plan link (only now, on purpose: mail scanners fetch links) and
 * opens the plan: straight away when the server hands over a sign-in,
 * otherwise after the person signs in. The candidate's and the
 * interviewers' links share it.
 */
export function AcceptLinkButton<E extends { message: string }>({ token, accept, pathOf, words, refusedHelp }: AcceptLinkButtonProps<E>) {
  const { go, navigating } = useGoSignedIn();
  const signIn = useMutation({
    mutationFn: ({ token: signInToken }: { planId: string; token: string }) => signInOrThrow("link", { token: signInToken }),
    onSuccess: (_result, { planId }) => go(pathOf(planId) as Route),
  });

  if (accept.data && "required" in accept.data.signIn)
    return <SignInToContinue title={words.signInTitle} email={accept.data.signIn.email} next={pathOf(accept.data.planId) as Route} />;

  if (signIn.error)
    return (
      <div className="space-y-4">
        <Alert tone="info" title={words.ready}>
          <p>We couldn&apos;t sign you in automatically. Enter your email and we&apos;ll send you a sign-in link.</p>
        </Alert>
        <MagicLinkForm />
      </div>
    );

  return (
    <div className="space-y-4">
      {accept.error && (
        <Alert title={words.refused}>
          <p>{accept.error.message}</p>
          {refusedHelp?.(accept.error)}
        </Alert>
      )}
      <Button
        block
        pending={accept.isPending || signIn.isPending || navigating}
        pendingLabel={words.pending}
        onClick={() =>
          accept.mutate(
            { token },
            { onSuccess: ({ planId, signIn: next }) => "token" in next && signIn.mutate({ planId, token: next.token }) },
          )
        }
      >
        {words.label}
      </Button>
    </div>
  );
}
