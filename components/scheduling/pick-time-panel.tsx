"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { RouterOutputs } from "@/components/api-types";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { OtherTimesRequest } from "./other-times-request";
import { SlotLabel } from "./slot-label";
import { useSchedulingChanged } from "./use-scheduling-changed";

type CandidatePlan = RouterOutputs["interview"]["get"];

/**
 * The candidate picks the meeting's time from the slots offered: a native
 * radio group (arrow keys move between times, each read with its label), then
 * one button that sets it. A refused pick says why and the list re-reads, so
 * the times still open are the ones shown.
 */
export function PickTimePanel({ plan }: { plan: CandidatePlan }) {
  const trpc = useTRPC();
  const notify = useToast();
  const headingId = useId();
  const changed = useSchedulingChanged(plan.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const pick = useMutation(trpc.scheduling.pick.mutationOptions());
  const { openSlots, otherTimesRequest } = plan.scheduling;
  const selected = openSlots.some((s) => s.id === chosen) ? chosen : null;

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-brand-100 bg-brand-50/60 p-4 sm:p-5" data-section="pick-time">
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        Pick a time for the meeting
      </h3>
      {plan.schedulingAllowed.pick ? (
        <form
          className="mt-3 space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!selected) return;
            pick.mutate(
              { planId: plan.id, slotId: selected },
              {
                onSuccess: async () => {
                  await changed();
                  notify({ title: "Time picked", description: "It is now the meeting's time for both sides, and on its way to your calendar." });
                },
                onError: () => void changed(),
              },
            );
          }}
        >
          <fieldset>
            <legend className="text-sm text-slate-700">
              {plan.organisationName} offered these times. The one you pick becomes the meeting&apos;s time for both sides.
            </legend>
            <div className="mt-3 space-y-2">
              {openSlots.map((slot) => (
                <label
                  key={slot.id}
                  className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 has-checked:border-brand-600 has-checked:ring-1 has-checked:ring-brand-600"
                >
                  <input
                    type="radio"
                    name="slot"
                    value={slot.id}
                    checked={selected === slot.id}
                    onChange={() => setChosen(slot.id)}
                    className="mt-1 size-4 shrink-0 accent-brand-600"
                  />
                  <SlotLabel startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={plan.timeZone} />
                </label>
              ))}
            </div>
          </fieldset>
          {pick.error && <Alert>{pick.error.message}</Alert>}
          <Button type="submit" disabled={!selected} pending={pick.isPending} pendingLabel="Setting the time…">
            Confirm this time
          </Button>
        </form>
      ) : (
        <p className="mt-2 text-sm text-slate-700">
          None of the times offered is still open. Ask for other times below and {plan.organisationName} will offer new ones.
        </p>
      )}
      {plan.schedulingAllowed.requestOtherTimes && (
        <OtherTimesRequest planId={plan.id} organisationName={plan.organisationName} request={otherTimesRequest} />
      )}
    </section>
  );
}
