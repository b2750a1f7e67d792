"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogTrigger } from "@/components/ui/dialog-trigger";

// Offered on every upcoming plan, used on few: the question and its mutation load when the button is approached.
const loadConfirm = () => import("./cancel-meeting-confirm").then((m) => m.CancelMeetingConfirm);
const CancelMeetingConfirm = dynamic(loadConfirm, { ssr: false });

export interface CancelMeetingDialogProps {
  planId: string;
  version: number;
  candidateName: string;
  /** The view's candidateSees: the candidate saw the plan, so they are emailed about the cancellation. */
  candidateSees: boolean;
}

/** Cancels the meeting: the plan closes for good. */
export function CancelMeetingDialog(props: CancelMeetingDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <DialogTrigger
        trigger={
          <Button
            variant="ghost"
            className="text-red-700! hover:bg-red-50!"
            onPointerEnter={() => void loadConfirm()}
            onFocus={() => void loadConfirm()}
          >
            Cancel meeting
          </Button>
        }
        open={open}
        onOpen={() => setOpen(true)}
      />
      {/* Mounted while open only, so each opening starts without an earlier error. */}
      {open && <CancelMeetingConfirm {...props} onOpenChange={setOpen} />}
    </>
  );
}
