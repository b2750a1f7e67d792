"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import type { TeamMember } from "./team-member";

// The form and its mutation load when the button is approached.
const loadForm = () => import("./invite-interviewer-form").then((m) => m.InviteInterviewerForm);
const InviteInterviewerForm = dynamic(loadForm, { ssr: false });

export interface InviteInterviewerDialogProps {
  planId: string;
  member: TeamMember;
  /** Invited before: the button reads "Invite again…" (to another address, say). */
  again: boolean;
}

/** Emails an interviewer a link to take part in this plan: their own goals before the meeting, their debrief after it. */
export function InviteInterviewerDialog({ planId, member, again }: InviteInterviewerDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      pending={pending}
      trigger={
        <Button
          variant={again ? "ghost" : "secondary"}
          size="sm"
          aria-label={`${again ? "Invite again" : "Invite"} ${member.name}…`}
          onPointerEnter={() => void loadForm()}
          onFocus={() => void loadForm()}
        >
          {again ? "Invite again…" : "Invite…"}
        </Button>
      }
      title={`Invite ${member.name}`}
      description={
        <>
          We&apos;ll email a personal link that works once and expires. {member.name} will read the plan, the
          candidate&apos;s shared goals and the consistency checks, and add their own goals — never the candidate&apos;s
          private notes, and your internal note only if you allow it.
        </>
      }
    >
      {/* Mounted while open only, so each opening starts with a fresh form and no earlier error. */}
      <InviteInterviewerForm planId={planId} member={member} onPending={setPending} onDone={() => setOpen(false)} />
    </Modal>
  );
}
