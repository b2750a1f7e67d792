"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ModalActions } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/text-area";
import { useToast } from "@/components/ui/toast";
import { CUTOFF_LIMITS, type CandidateTimeChangeIntent } from "@/server/rules/scheduling";
import { useSchedulingChanged } from "./use-scheduling-changed";

export interface ChangeTimeFormProps {
  planId: string;
  organisationName: string;
  intent: CandidateTimeChangeIntent;
  onIntent: (intent: CandidateTimeChangeIntent) => void;
  message: string;
  onMessage: (message: string) => void;
  /** Tells the dialog the change is being sent, so it cannot be closed meanwhile. */
  onPending: (pending: boolean) => void;
  onDone: () => void;
}

const CHOICES: { intent: CandidateTimeChangeIntent; label: string }[] = [
  { intent: "reschedule", label: "I need a different time" },
  { intent: "cancel", label: "I can't make this time and want to cancel it" },
];

/** The change-time dialog's form: change or cancel, an optional message, and the change mutation. */
export function ChangeTimeForm({ planId, organisationName, intent, onIntent, message, onMessage, onPending, onDone }: ChangeTimeFormProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const changed = useSchedulingChanged(planId);
  const change = useMutation(trpc.scheduling.changeTime.mutationOptions());
  const errors = formErrors(change.error, ["message"]);

  useEffect(() => {
    onPending(change.isPending);
  }, [change.isPending, onPending]);
  useEffect(() => () => onPending(false), [onPending]);

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          { planId, intent, message },
          {
            onSuccess: async ({ reopened }) => {
              await changed();
              onDone();
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
        {CHOICES.map((choice, i) => (
          <label key={choice.intent} className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 px-3 has-checked:border-brand-600">
            <input
              type="radio"
              // Where the dialog put focus when the form came with it: the form may now arrive just after it opened.
              autoFocus={i === 0}
              name="intent"
              value={choice.intent}
              checked={intent === choice.intent}
              onChange={() => onIntent(choice.intent)}
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
        onChange={(e) => onMessage(e.target.value)}
        error={errors.fields.message}
      />
      {errors.form && <Alert>{errors.form}</Alert>}
      <ModalActions pending={change.isPending} cancelLabel="Keep the time">
        <Button type="submit" pending={change.isPending} pendingLabel="Sending…">
          {intent === "cancel" ? "Cancel this time" : "Ask to change the time"}
        </Button>
      </ModalActions>
    </form>
  );
}
