import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { serverApi } from "@/server/api/server-caller";
import { currentSession } from "@/server/auth/current-session";
import { OpenPlanButton } from "./open-plan-button";
import { JoinLinkUnavailable } from "./join-link-unavailable";

export const metadata: Metadata = { title: "Your second interview", referrer: "no-referrer" };

async function describe(token: string) {
  const api = await serverApi();
  try {
    return await api.join.describe({ token });
  } catch (error) {
    // A malformed token is refused by the input schema; to the reader it is just a link that does not work.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { state: "unknown" as const };
    throw error;
  }
}

/**
 * The candidate's invitation link. Opening it only describes the invitation:
 * mail scanners fetch links before the reader does, so the single-use token is
 * spent only when the candidate presses the button.
 */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describe(token);
  const session = await currentSession();

  if (invitation.state !== "valid" || !invitation.orgName)
    return (
      <JoinLinkUnavailable
        token={token}
        state={invitation.state}
        orgName={invitation.orgName}
        roleTitle={invitation.roleTitle}
        hiringCompany={invitation.hiringCompany}
        signedIn={!!session}
      />
    );

  return (
    <AuthShell
      title={`${invitation.orgName} invited you to prepare for your second interview: ${invitation.roleTitle} at ${invitation.hiringCompany}`}
      description={
        <p>
          {invitation.candidateName ? `Hello ${invitation.candidateName}. ` : ""}
          Your plan has the people you&apos;re meeting, what the first interview established, and five short steps to prepare. Add
          your own goals and doubts: you choose what the interviewing team sees.
        </p>
      }
    >
      <OpenPlanButton token={token} />
      <p className="mt-4 text-center text-sm text-slate-600">
        No password needed for a new account: this link signs you in
        {session ? ", replacing the account you're signed in with on this device" : ""}. If you already have an account with a
        password, you&apos;ll sign in to it next.
      </p>
    </AuthShell>
  );
}
