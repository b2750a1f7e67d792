"use client";

import { useMutation } from "@tanstack/react-query";
import { AcceptLinkButton } from "@/components/auth/accept-link-button";
import { useTRPC } from "@/components/trpc";
import { teamPlanPath } from "@/server/rules/team";

/** An interviewer's invitation: spent on the press of the button, then their view of the plan opens. */
export function JoinTeamButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.interviewerJoin.accept.mutationOptions());
  return (
    <AcceptLinkButton
      token={token}
      accept={accept}
      pathOf={teamPlanPath}
      words={{
        ready: "You're on the team",
        signInTitle: "You're on the team: sign in to open the plan",
        refused: "We couldn't add you to this plan",
        label: "Join and open the plan",
        pending: "Opening the plan…",
      }}
    />
  );
}
