"use client";

import { useMutation } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useId } from "react";
import { LocalDateTime } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { TeamMember } from "./team-member";
import { usePlanChanged } from "./use-plan-changed";

const InviteInterviewerDialog = dynamic(() => import("./invite-interviewer-dialog").then((m) => m.InviteInterviewerDialog));
const WithdrawInterviewerLinkDialog = dynamic(() =>
  import("./withdraw-interviewer-link-dialog").then((m) => m.WithdrawInterviewerLinkDialog),
);

export interface TeamMemberActionsProps {
  planId: string;
  member: TeamMember;
}

/** Invite…, Resend, Withdraw link and Remind, as the member's flags allow. */
export function TeamMemberActions({ planId, member }: TeamMemberActionsProps) {
  const sentBefore = member.invitation !== null && member.email !== null;
  return (
    <div className="grid gap-2 sm:flex sm:flex-wrap sm:justify-end">
      {member.canInvite && <InviteInterviewerDialog planId={planId} member={member} again={sentBefore} />}
      {member.canInvite && sentBefore && <ResendButton planId={planId} member={member} />}
      {member.canRevoke && <WithdrawInterviewerLinkDialog planId={planId} member={member} />}
      {(member.joined || member.invitation?.status === "pending") && <RemindButton planId={planId} member={member} />}
    </div>
  );
}

function ResendButton({ planId, member }: TeamMemberActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const planChanged = usePlanChanged(planId);
  const send = useMutation(
    trpc.interviewerInvitation.send.mutationOptions({
      onSuccess: async () => {
        await planChanged();
        notify({ title: "Invitation sent again", description: `We emailed ${member.email} a new link; the old one no longer works.` });
      },
      onError: (error) => notify({ title: "Could not resend the invitation", description: error.message, tone: "error" }),
    }),
  );
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={send.isPending}
      pendingLabel="Sending…"
      aria-label={`Resend ${member.name}'s invitation`}
      onClick={() => send.mutate({ planId, interviewerId: member.interviewerId, email: member.email ?? "" })}
    >
      Resend
    </Button>
  );
}

/** Disabled with the reason while reminders are spaced: the server's nextReminderAt says until when. */
function RemindButton({ planId, member }: TeamMemberActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const reasonId = useId();
  const planChanged = usePlanChanged(planId);
  const remind = useMutation(
    trpc.interviewers.remind.mutationOptions({
      onSuccess: async () => {
        await planChanged();
        notify({ title: "Reminder sent", description: `We emailed ${member.name}.` });
      },
      onError: (error) => notify({ title: "Could not send the reminder", description: error.message, tone: "error" }),
    }),
  );
  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <Button
        variant="secondary"
        size="sm"
        disabled={!member.canRemind}
        pending={remind.isPending}
        pendingLabel="Sending…"
        aria-label={`Remind ${member.name}`}
        aria-describedby={member.canRemind ? undefined : reasonId}
        onClick={() => remind.mutate({ planId, interviewerId: member.interviewerId })}
      >
        Remind
      </Button>
      {!member.canRemind && (
        <p id={reasonId} className="text-xs text-slate-600">
          {member.nextReminderAt ? (
            <>
              Reminded recently; next possible <LocalDateTime date={member.nextReminderAt} />
            </>
          ) : member.debriefed ? (
            "Debrief added"
          ) : (
            "Nothing to remind now"
          )}
        </p>
      )}
    </div>
  );
}
