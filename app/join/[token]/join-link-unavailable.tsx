"use client";

import { useMutation } from "@tanstack/react-query";
import { AuthShell } from "@/components/auth/auth-shell";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { PlanLinkState as State } from "@/server/rules/invitations";

function explain(state: State, who: string, what: string | null): { title: string; text: string } {
  const forWhat = what ? ` for ${what}` : "";
  switch (state) {
    case "expired":
      return {
        title: "This invitation link has expired",
        text: `Invitation links${forWhat} only work for a limited time, to keep your plan safe. ${who} can send you a fresh one.`,
      };
    case "used":
      return {
        title: "This invitation link was already used",
        text: `Each link works once. If you already opened your plan${forWhat}, sign in with a link sent to your email to get back to it.`,
      };
    case "revoked":
      return {
        title: "This invitation link was replaced",
        text: `${who} withdrew this link or sent you a newer one. Look for a more recent email${forWhat}, or ask for a new link.`,
      };
    default:
      return {
        title: "This invitation link doesn't work",
        text: "It may be incomplete or mistyped. Open the link exactly as it arrived in your email, or ask for a new one.",
      };
  }
}

interface Props {
  token: string;
  state: State;
  orgName?: string;
  roleTitle?: string;
  hiringCompany?: string;
  signedIn: boolean;
}

/** Every way an invitation link can fail gets a friendly page with a way forward, never an error page. */
export function JoinLinkUnavailable({ token, state, orgName, roleTitle, hiringCompany, signedIn }: Props) {
  const trpc = useTRPC();
  const request = useMutation(trpc.join.requestNewLink.mutationOptions());
  const who = orgName ? `Your recruiter at ${orgName}` : "Your recruiter";
  const what = roleTitle && hiringCompany ? `${roleTitle} at ${hiringCompany}` : null;
  const { title, text } = explain(state, who, what);

  return (
    <AuthShell
      title={title}
      description={<p>{text}</p>}
      footer={
        state === "used" && signedIn ? (
          <p>
            Already signed in? <ButtonLink href="/dashboard" variant="ghost" size="sm">Go to my interviews</ButtonLink>
          </p>
        ) : undefined
      }
    >
      <div className="space-y-6">
        {state === "used" && (
          <div>
            <h2 className="mb-3 font-semibold text-slate-900">Sign in with an emailed link</h2>
            <MagicLinkForm submitLabel="Email me a sign-in link" />
          </div>
        )}
        <div className={state === "used" ? "border-t border-slate-200 pt-6" : undefined}>
          {state === "used" && <h2 className="mb-1 font-semibold text-slate-900">Haven&apos;t opened your plan yet?</h2>}
          {request.isSuccess ? (
            <Alert tone="success" title="We've let your recruiter know.">
              <p>
                {state === "unknown"
                  ? "If this link came from one of their invitations, they'll send you a new one by email."
                  : "They'll send you a new link by email."}
              </p>
            </Alert>
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-slate-600">We&apos;ll ask {orgName ? `${orgName}` : "your recruiter"} to send you a new invitation link.</p>
              {request.error && <Alert>{request.error.message}</Alert>}
              <Button
                block
                variant={state === "used" ? "secondary" : "primary"}
                pending={request.isPending}
                pendingLabel="Asking…"
                onClick={() => request.mutate({ token })}
              >
                Ask for a new link
              </Button>
            </div>
          )}
        </div>
      </div>
    </AuthShell>
  );
}
