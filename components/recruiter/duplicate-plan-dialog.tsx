"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import { CopyIcon } from "@/components/ui/icons";

// Few visits duplicate a plan: the form and its mutation load when the button is approached.
const loadForm = () => import("./duplicate-plan-form").then((m) => m.DuplicatePlanForm);
const DuplicatePlanForm = dynamic(loadForm, { ssr: false });

export interface DuplicatePlanDialogProps {
  planId: string;
}

/** A new draft for another candidate, from this plan's meeting, agenda, interviewers and topics. */
export function DuplicatePlanDialog({ planId }: DuplicatePlanDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      pending={pending}
      trigger={
        <Button variant="secondary" onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
          <CopyIcon />
          Duplicate for another candidate
        </Button>
      }
      title="Duplicate for another candidate"
      description={
        <>
          A new draft with the same meeting, agenda, interviewers and first-interview topics. Nothing of this
          candidate&apos;s comes along: no goals, notes or internal note.
        </>
      }
    >
      {/* Mounted while open only, so each opening starts with a fresh form and no earlier error. */}
      <DuplicatePlanForm planId={planId} onPending={setPending} />
    </Modal>
  );
}
