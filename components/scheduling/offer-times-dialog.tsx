"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import { zoneLabel } from "@/server/rules/format";
import { SLOT_LIMITS } from "@/server/rules/scheduling";
import { freshRows, LENGTHS, type Row } from "./offer-rows";

// Offered on every plan the recruiter may still schedule, used on few: the form and its mutation load when the
// button is approached.
const loadForm = () => import("./offer-times-form").then((m) => m.OfferTimesForm);
const OfferTimesForm = dynamic(loadForm, { ssr: false });

export interface OfferTimesDialogProps {
  planId: string;
  version: number;
  candidateName: string;
  timeZone: string;
  /** The meeting's length so far: each new time starts with it. */
  durationMinutes: number;
  /** The candidate is already picking: a new offer replaces the open one. */
  replacing: boolean;
}

/** Offers the candidate 2–10 times on the meeting's clock; they pick one from their plan, or ask for others. */
export function OfferTimesDialog({ planId, version, candidateName, timeZone, durationMinutes, replacing }: OfferTimesDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const length = LENGTHS.includes(durationMinutes) ? durationMinutes : 60;
  // Kept here, not in the form: closing the dialog and opening it again keeps the times typed so far.
  const [rows, setRows] = useState<Row[]>(() => freshRows(length));

  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      pending={pending}
      wide
      trigger={
        <Button variant="secondary" onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
          {replacing ? "Offer new times" : "Let the candidate pick the time"}
        </Button>
      }
      title={replacing ? "Offer new times" : `Let ${candidateName} pick the time`}
      description={`Offer ${SLOT_LIMITS.min} to ${SLOT_LIMITS.max} times, on the meeting's clock (${zoneLabel(timeZone)}). ${candidateName} sees them in their own time zone and picks one; it then becomes the meeting's time and they get the calendar invitation.${
        replacing ? " These replace the times offered now." : ""
      }`}
    >
      {/* Mounted while open only, so each opening starts without an earlier error. */}
      <OfferTimesForm
        planId={planId}
        version={version}
        candidateName={candidateName}
        timeZone={timeZone}
        length={length}
        rows={rows}
        onRows={setRows}
        onPending={setPending}
        onDone={() => {
          setOpen(false);
          setRows(freshRows(length));
        }}
      />
    </Modal>
  );
}
