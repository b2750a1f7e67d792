"use client";

import { useMutation } from "@tanstack/react-query";
import { AuthShell } from "@/components/auth/auth-shell";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PlanLinkState as State } from "@/server/rules/invitations";

const TITLES: Record<State, string> = {
  valid: "This invitation link works",
  expired: "This invitation link has expired",
  used: "This invitation link was already used",
  revoked: "This invitation link was replaced",
  unknown: "This invitation link doesn't work",
};

function explain(state: State, who: string): string {
  switch (state) {
    case "expired":
      return `Invitation links only work for a limited time. ${who} can send you a fresh one.`;
    case "used":
      return "Each link works once. If you already joined this plan, sign in with a link sent to your email to get back to it.";
    case "revoked":
      return `${who} withdrew this link or sent you a newer one. Look for a more recent email, or ask for a new link.`;
    default:
      return "It may be incomplete or mistyped. Open the link exactly as it arrived in your email, or ask for a new one.";
  }
}

/** Every way an interviewer's link can fail gets a page with a way forward: sign in, or ask the recruiter for a new link. */
export function TeamLinkUnavailable({ token, state, orgName }: { token: string; state: State; orgName?: string }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.interviewerJoin.requestNewLink.mutationOptions());
  const who = orgName ? `The recruiter at ${orgName}` : "The recruiter";
  return (
    <AuthShell title={TITLES[state]} description={<p>{explain(state, who)}</p>}>
      <div className="space-y-6">
        {state === "used" && (
          <div>
            <h2 className="mb-3 font-semibold text-slate-900">Sign in with an emailed link</h2>
            <MagicLinkForm submitLabel="Email me a sign-in link" />
          </div>
        )}
        {request.isSuccess ? (
          <Alert tone="success" title="We've let the recruiter know.">
            <p>If this link came from one of their invitations, they&apos;ll send you a new one by email.</p>
          </Alert>
        ) : (
          <div className="space-y-3">
            {request.error && <Alert>{request.error.message}</Alert>}
            <Button block variant={state === "used" ? "secondary" : "primary"} pending={request.isPending} pendingLabel="Asking…" onClick={() => request.mutate({ token })}>
              Ask for a new link
            </Button>
          </div>
        )}
      </div>
    </AuthShell>
  );
}
