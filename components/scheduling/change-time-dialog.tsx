"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/text-area";
import { useToast } from "@/components/ui/toast";
import { CUTOFF_LIMITS, type CandidateTimeChangeIntent } from "@/server/rules/scheduling";
import { useSchedulingChanged } from "./use-scheduling-changed";

export interface ChangeTimeDialogProps {
  planId: string;
  organisationName: string;
}

const CHOICES: { intent: CandidateTimeChangeIntent; label: string }[] = [
  { intent: "reschedule", label: "I need a different time" },
  { intent: "cancel", label: "I can't make this time and want to cancel it" },
];

/** Before the cut-off: the candidate changes or cancels the meeting's time, with a word for the organisation. */
export function ChangeTimeDialog({ planId, organisationName }: ChangeTimeDialogProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const changed = useSchedulingChanged(planId);
  const [open, setOpen] = useState(false);
  const [intent, setIntent] = useState<CandidateTimeChangeIntent>("reschedule");
  const [message, setMessage] = useState("");
  const change = useMutation(trpc.scheduling.changeTime.mutationOptions());
  const errors = formErrors(change.error, ["message"]);

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        change.reset();
        setOpen(next);
      }}
      pending={change.isPending}
      trigger={<Button variant="secondary">Change or cancel this time</Button>}
      title="Change or cancel the meeting's time"
      description={`${organisationName} is told at once. If you picked this time from times they offered, it goes back to picking and your calendar entry is cancelled; otherwise they set a new time.`}
    >
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate(
            { planId, intent, message },
            {
              onSuccess: async ({ reopened }) => {
                await changed();
                setOpen(false);
                notify({
                  title: reopened ? "Pick a new time" : `${organisationName} was told`,
                  description: reopened ? "The times still open are on your plan." : "They will come back to you with a new time.",
                });
              },
            },
          );
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">What do you need?</legend>
          {CHOICES.map((choice) => (
            <label key={choice.intent} className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 px-3 has-checked:border-brand-600">
              <input
                type="radio"
                name="intent"
                value={choice.intent}
                checked={intent === choice.intent}
                onChange={() => setIntent(choice.intent)}
                className="size-4 accent-brand-600"
              />
              <span className="text-sm text-slate-800">{choice.label}</span>
            </label>
          ))}
        </fieldset>
        <TextArea
          label="A message for the organisation (optional)"
          name="message"
          value={message}
          maxLength={CUTOFF_LIMITS.changeMessage}
          onChange={(e) => setMessage(e.target.value)}
          error={errors.fields.message}
        />
        {errors.form && <Alert>{errors.form}</Alert>}
        <ModalActions pending={change.isPending} cancelLabel="Keep the time">
          <Button type="submit" pending={change.isPending} pendingLabel="Sending…">
            {intent === "cancel" ? "Cancel this time" : "Ask to change the time"}
          </Button>
        </ModalActions>
      </form>
    </Modal>
  );
}
