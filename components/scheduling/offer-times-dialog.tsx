"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorCode, formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { durationLabel, zoneLabel } from "@/server/rules/format";
import { SLOT_LIMITS } from "@/server/rules/scheduling";
import { SlotTimeHint } from "./slot-time-hint";
import { useSchedulingChanged } from "./use-scheduling-changed";

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

const LENGTHS = [30, 45, 60, 75, 90, 120, 150, 180, 240];

interface Row {
  key: number;
  startsAtLocal: string;
  durationMinutes: number;
}

let nextKey = 0;
const emptyRow = (durationMinutes: number): Row => ({ key: nextKey++, startsAtLocal: "", durationMinutes });

/** Offers the candidate 2–10 times on the meeting's clock; they pick one from their plan, or ask for others. */
export function OfferTimesDialog({ planId, version, candidateName, timeZone, durationMinutes, replacing }: OfferTimesDialogProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const changed = useSchedulingChanged(planId);
  const [open, setOpen] = useState(false);
  const length = LENGTHS.includes(durationMinutes) ? durationMinutes : 60;
  const [rows, setRows] = useState<Row[]>(() => [emptyRow(length), emptyRow(length), emptyRow(length)]);
  const offer = useMutation(trpc.scheduling.offer.mutationOptions());
  const shown = rows.flatMap((_, i) => [`slots.${i}.startsAtLocal`, `slots.${i}.durationMinutes`]);
  const errors = formErrors(offer.error, shown);
  const stale = errorCode(offer.error) === "CONFLICT";
  const update = (key: number, change: Partial<Row>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        offer.reset();
        setOpen(next);
      }}
      pending={offer.isPending}
      wide
      trigger={<Button variant="secondary">{replacing ? "Offer new times" : "Let the candidate pick the time"}</Button>}
      title={replacing ? "Offer new times" : `Let ${candidateName} pick the time`}
      description={`Offer ${SLOT_LIMITS.min} to ${SLOT_LIMITS.max} times, on the meeting's clock (${zoneLabel(timeZone)}). ${candidateName} sees them in their own time zone and picks one; it then becomes the meeting's time and they get the calendar invitation.${
        replacing ? " These replace the times offered now." : ""
      }`}
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          offer.mutate(
            { planId, expectedVersion: version, slots: rows.map(({ startsAtLocal, durationMinutes: d }) => ({ startsAtLocal, durationMinutes: d })) },
            {
              onSuccess: async () => {
                await changed();
                setOpen(false);
                setRows([emptyRow(length), emptyRow(length), emptyRow(length)]);
                notify({ title: "Times offered", description: `We told ${candidateName}: they pick one on their plan.` });
              },
            },
          );
        }}
      >
        <ol className="space-y-3">
          {rows.map((row, i) => (
            <li key={row.key} className="rounded-lg border border-slate-200 p-3">
              <div className="grid gap-3 sm:grid-cols-[1fr_9rem_auto] sm:items-start">
                <TextField
                  label={`Time ${i + 1}: date and start`}
                  name={`slot-${i + 1}-start`}
                  type="datetime-local"
                  value={row.startsAtLocal}
                  onChange={(e) => update(row.key, { startsAtLocal: e.target.value })}
                  error={errors.fields[`slots.${i}.startsAtLocal`]}
                />
                <SelectField
                  label={`Time ${i + 1}: length`}
                  name={`slot-${i + 1}-length`}
                  value={String(row.durationMinutes)}
                  onChange={(e) => update(row.key, { durationMinutes: Number(e.target.value) })}
                  error={errors.fields[`slots.${i}.durationMinutes`]}
                >
                  {LENGTHS.map((minutes) => (
                    <option key={minutes} value={minutes}>
                      {durationLabel(minutes)}
                    </option>
                  ))}
                </SelectField>
                <Button
                  variant="ghost"
                  className="sm:mt-7"
                  disabled={rows.length <= SLOT_LIMITS.min || offer.isPending}
                  aria-label={`Remove time ${i + 1}`}
                  onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                >
                  Remove
                </Button>
              </div>
              <SlotTimeHint local={row.startsAtLocal} zone={timeZone} />
            </li>
          ))}
        </ol>
        {rows.length < SLOT_LIMITS.max && (
          <Button variant="secondary" size="sm" disabled={offer.isPending} onClick={() => setRows((list) => [...list, emptyRow(length)])}>
            Add another time
          </Button>
        )}
        {errors.form && (
          <Alert>
            <p>{errors.form}</p>
            {stale && (
              <Button size="sm" variant="secondary" onClick={() => void changed()}>
                Reload latest
              </Button>
            )}
          </Alert>
        )}
        <ModalActions pending={offer.isPending}>
          <Button type="submit" pending={offer.isPending} pendingLabel="Offering…">
            Offer these times
          </Button>
        </ModalActions>
      </form>
    </Modal>
  );
}
