"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, type Dispatch, type SetStateAction } from "react";
import { errorCode, formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ModalActions } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { durationLabel } from "@/server/rules/format";
import { SLOT_LIMITS } from "@/server/rules/scheduling";
import { addRow, LENGTHS, type Row } from "./offer-rows";
import { SlotTimeHint } from "./slot-time-hint";
import { useSchedulingChanged } from "./use-scheduling-changed";

export interface OfferTimesFormProps {
  planId: string;
  version: number;
  candidateName: string;
  timeZone: string;
  /** The length a time added starts with. */
  length: number;
  rows: Row[];
  onRows: Dispatch<SetStateAction<Row[]>>;
  /** Tells the dialog an offer is being sent, so it cannot be closed meanwhile. */
  onPending: (pending: boolean) => void;
  onDone: () => void;
}

/** The offer dialog's form: one row per time (start on the meeting's clock, length), and the offer mutation. */
export function OfferTimesForm({ planId, version, candidateName, timeZone, length, rows, onRows, onPending, onDone }: OfferTimesFormProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const changed = useSchedulingChanged(planId);
  const offer = useMutation(trpc.scheduling.offer.mutationOptions());
  const shown = rows.flatMap((_, i) => [`slots.${i}.startsAtLocal`, `slots.${i}.durationMinutes`]);
  const errors = formErrors(offer.error, shown);
  const stale = errorCode(offer.error) === "CONFLICT";
  const update = (key: number, change: Partial<Row>) => onRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  useEffect(() => {
    onPending(offer.isPending);
  }, [offer.isPending, onPending]);
  useEffect(() => () => onPending(false), [onPending]);

  return (
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
              onDone();
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
                // Where the dialog put focus when the form came with it: the form may now arrive just after it opened.
                autoFocus={i === 0}
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
                onClick={() => onRows((list) => list.filter((r) => r.key !== row.key))}
              >
                Remove
              </Button>
            </div>
            <SlotTimeHint local={row.startsAtLocal} zone={timeZone} />
          </li>
        ))}
      </ol>
      {rows.length < SLOT_LIMITS.max && (
        <Button variant="secondary" size="sm" disabled={offer.isPending} onClick={() => onRows((list) => addRow(list, length))}>
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
  );
}
