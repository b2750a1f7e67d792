import { AuthShell } from "@/components/auth/auth-shell";
import { ButtonLink } from "@/components/ui/button";
import type { LinkState as State } from "@/server/rules/invitations";

function explain(state: State, org: string): { title: string; text: string } {
  switch (state) {
    case "expired":
      return {
        title: "This invitation has expired",
        text: `Invitations only work for a limited time. Ask the admin of ${org} to invite you again.`,
      };
    case "used":
      return {
        title: "This invitation was already used",
        text: `If you accepted it, sign in to continue. If not, ask the admin of ${org} for a new invitation.`,
      };
    case "revoked":
      return {
        title: "This invitation was withdrawn",
        text: `The admin of ${org} withdrew it or sent a newer one. Look for a newer invitation in your inbox, or ask them for one.`,
      };
    default:
      return {
        title: "This invitation link doesn't work",
        text: "It may be incomplete or mistyped. Open the link exactly as it arrived in your email, or ask your organisation's admin for a new invitation.",
      };
  }
}

/** Every way an invitation can fail gets a page that says what to do next, never an error page. */
export function InvitationUnavailable({ state, orgName }: { state: State; orgName?: string }) {
  const { title, text } = explain(state, orgName ?? "the organisation");
  return (
    <AuthShell title={title} description={text}>
      <div className="flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/sign-in" variant={state === "used" ? "primary" : "secondary"}>
          Sign in
        </ButtonLink>
        <ButtonLink href="/" variant="ghost">
          About Second Round
        </ButtonLink>
      </div>
    </AuthShell>
  );
}
