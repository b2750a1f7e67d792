import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { serverApi } from "@/server/api/server-caller";
import { currentSession } from "@/server/auth/current-session";
import { JoinTeamButton } from "./join-team-button";
import { TeamLinkUnavailable } from "./team-link-unavailable";

export const metadata: Metadata = { title: "Join the interviewing team", referrer: "no-referrer" };

async function describe(token: string) {
  const api = await serverApi();
  try {
    return await api.interviewerJoin.describe({ token });
  } catch (error) {
    // A malformed token is refused by the input schema; to the reader it is just a link that does not work.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { state: "unknown" as const };
    throw error;
  }
}

/**
 * An interviewer's invitation link. Opening it only describes the plan: the
 * single-use token is spent when the interviewer presses the button.
 */
export default async function TeamJoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describe(token);
  const session = await currentSession();

  if (invitation.state !== "valid" || !invitation.orgName)
    return <TeamLinkUnavailable token={token} state={invitation.state} orgName={invitation.orgName} />;

  return (
    <AuthShell
      title={`${invitation.orgName} invited you to interview ${invitation.candidateName}: ${invitation.roleTitle} at ${invitation.hiringCompany}`}
      description={
        <p>
          You&apos;re invited to prepare as {invitation.interviewerName}. The plan has the meeting, what the first interview
          established and the candidate&apos;s shared goals; add what you want to establish, and after the meeting your debrief.
        </p>
      }
    >
      <JoinTeamButton token={token} />
      <p className="mt-4 text-center text-sm text-slate-600">
        No password needed for a new account: this link signs you in
        {session ? ", replacing the account you're signed in with on this device" : ""}. If you already have an account with a
        password, you&apos;ll sign in to it next.
      </p>
    </AuthShell>
  );
}
