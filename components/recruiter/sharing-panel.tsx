import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { LocalDay } from "@/components/time";
import type { RecruiterPlan } from "./plan-form-state";

// A plan is in one of these states at a time, most of its life in the last (shared, no buttons): each state's
// buttons, with their mutations, load only when the plan is in it (rendered on the server all the same).
const SharePlanDialog = dynamic(() => import("./share-plan-dialog").then((m) => m.SharePlanDialog));
const ResendInvitationButton = dynamic(() => import("./resend-invitation-button").then((m) => m.ResendInvitationButton));
const RevokeInvitationDialog = dynamic(() => import("./revoke-invitation-dialog").then((m) => m.RevokeInvitationDialog));

export interface SharingPanelProps {
  plan: Pick<RecruiterPlan, "id" | "candidateName" | "candidateEmail" | "invitation" | "allowed">;
}

/** Where the invitation stands, and the buttons the server allows on it. */
export function SharingPanel({ plan }: SharingPanelProps) {
  const { id: planId, candidateName, candidateEmail, invitation, allowed } = plan;
  let body: ReactNode;
  if (allowed.share) {
    body = (
      <>
        <Status heading="Not shared yet">
          {candidateName} can&apos;t see this plan until you share it.
          {invitation?.status === "revoked" && " The last invitation was revoked."}
        </Status>
        <SharePlanDialog planId={planId} candidateName={candidateName} candidateEmail={candidateEmail} />
      </>
    );
  } else if (allowed.resend && invitation) {
    const live = invitation.status !== "expired";
    body = (
      <>
        <Status heading={live ? "Invitation sent" : "Invitation expired"}>
          Sent <LocalDay date={invitation.sentAt} /> to {invitation.email} · {live ? "expires" : "expired"}{" "}
          <LocalDay date={invitation.expiresAt} />
        </Status>
        <div className="grid gap-2 sm:flex sm:flex-wrap">
          <ResendInvitationButton planId={planId} candidateEmail={candidateEmail} />
          {allowed.revoke && <RevokeInvitationDialog planId={planId} candidateName={candidateName} />}
        </div>
      </>
    );
  } else if (allowed.write) {
    body = (
      <Status heading={invitation?.status === "accepted" ? `${candidateName} has joined the plan` : "Shared with the candidate"}>
        {candidateEmail} sees the meeting, the people, the first-interview items and your shared goals.
      </Status>
    );
  } else return null;

  return (
    <section
      aria-label="Sharing with the candidate"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:p-5"
    >
      {body}
    </section>
  );
}

function Status({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="min-w-0 flex-1">
      <p className="font-medium text-slate-900">{heading}</p>
      <p className="mt-0.5 text-sm break-words text-slate-600">{children}</p>
    </div>
  );
}
