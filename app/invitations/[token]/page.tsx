import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { Alert } from "@/components/ui/alert";
import { serverApi } from "@/server/api/server-caller";
import { currentSession } from "@/server/auth/current-session";
import { ROLE_WITH_ARTICLE } from "@/server/rules/labels";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { InvitationUnavailable } from "./invitation-unavailable";

export const metadata: Metadata = { title: "Invitation" };

async function describe(token: string) {
  const api = await serverApi();
  try {
    return await api.invitation.describe({ token });
  } catch (error) {
    // A malformed token is refused by the input schema; to the reader it is just a link that does not work.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { state: "unknown" as const };
    throw error;
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describe(token);
  if (invitation.state !== "valid" || !invitation.email || !invitation.orgName)
    return <InvitationUnavailable state={invitation.state} orgName={invitation.orgName} />;

  const session = await currentSession();
  const role = invitation.role ? ROLE_WITH_ARTICLE[invitation.role] : ROLE_WITH_ARTICLE.recruiter;
  return (
    <AuthShell
      title={`Join ${invitation.orgName} as ${role}`}
      description={
        <p>
          This invitation is for <strong className="font-medium text-slate-900">{invitation.email}</strong>.{" "}
          {invitation.hasAccount
            ? "You already have a Second Round account with this email: accept to add the organisation to it."
            : "Choose your name and a password to create your account."}
        </p>
      }
    >
      {session && session.user.email !== invitation.email && (
        <Alert tone="info" className="mb-5">
          You&apos;re signed in as {session.user.email}. Accepting signs you in as {invitation.email} instead.
        </Alert>
      )}
      <AcceptInvitationForm token={token} needsAccount={!invitation.hasAccount} orgName={invitation.orgName} />
    </AuthShell>
  );
}
