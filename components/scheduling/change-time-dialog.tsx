"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import type { CandidateTimeChangeIntent } from "@/server/rules/scheduling";

// Offered on every set time ahead, used on few: the form and its mutation load when the button is approached.
const loadForm = () => import("./change-time-form").then((m) => m.ChangeTimeForm);
const ChangeTimeForm = dynamic(loadForm, { ssr: false });

export interface ChangeTimeDialogProps {
  planId: string;
  organisationName: string;
}

/** Before the cut-off: the candidate changes or cancels the meeting's time, with a word for the organisation. */
export function ChangeTimeDialog({ planId, organisationName }: ChangeTimeDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  // Kept here, not in the form: closing the dialog and opening it again keeps the choice and the message.
  const [intent, setIntent] = useState<CandidateTimeChangeIntent>("reschedule");
  const [message, setMessage] = useState("");

  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      pending={pending}
      trigger={
        <Button variant="secondary" onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
          Change or cancel this time
        </Button>
      }
      title="Change or cancel the meeting's time"
      description={`${organisationName} is told at once. If you picked this time from times they offered, it goes back to picking and your calendar entry is cancelled; otherwise they set a new time.`}
    >
      {/* Mounted while open only, so each opening starts without an earlier error. */}
      <ChangeTimeForm
        planId={planId}
        organisationName={organisationName}
        intent={intent}
        onIntent={setIntent}
        message={message}
        onMessage={setMessage}
        onPending={setPending}
        onDone={() => setOpen(false)}
      />
    </Modal>
  );
}
