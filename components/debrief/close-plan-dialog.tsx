"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { PlanOutcome } from "@/server/rules/enums";
import { errorCode, formErrors } from "@/components/form-errors";
import { OUTCOME_HINT, OUTCOME_LABEL, PLAN_OUTCOMES } from "@/server/rules/labels";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-parts";
import { Form } from "@/components/ui/form";
import { TextArea } from "@/components/ui/text-area";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { useToast } from "@/components/ui/toast";

interface ClosePlanDialogProps {
  planId: string;
  version: number;
  candidateName: string;
  /** False for a draft the candidate never saw: nobody is told. */
  candidateSees: boolean;
}

/** The recruiter closes the plan with its outcome and, optionally, a message the candidate reads on their plan. */
export function ClosePlanDialog({ planId, version, candidateName, candidateSees }: ClosePlanDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<PlanOutcome | null>(null);
  const [missing, setMissing] = useState<object | null>(null);
  // Closing changes everything the page shows: the plan, its steps, goals, debrief and timeline.
  const reloadPlan = () =>
    Promise.all(
      [trpc.plan.pathKey(), trpc.nextStep.pathKey(), trpc.goal.pathKey(), trpc.debrief.pathKey(), trpc.timeline.pathKey()].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  // A refused close (someone changed the plan first) refetches too, so the dialog's version is the latest.
  const close = useMutation(trpc.plan.close.mutationOptions({ onSettled: reloadPlan }));
  const pending = close.isPending;
  const errors = formErrors(close.error, ["outcome", "message"]);
  const outcomeError = missing ? "Choose the outcome." : errors.fields.outcome;
  const stale = errorCode(close.error) === "CONFLICT";
  const legendId = useId();

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        close.reset();
        setMissing(null);
        setOpen(next);
      }}
      pending={pending}
      wide
      trigger={<Button variant="secondary">Close plan</Button>}
      title="Close the plan with an outcome"
      description={`The plan becomes read-only for both sides: goals, debrief and next steps stay readable but can no longer change.${
        candidateSees ? ` ${candidateName} sees the outcome and your message on their plan, and is told by email.` : ""
      }`}
    >
      <Form
        className="mt-5 space-y-5"
        failure={missing ?? close.error}
        formError={stale ? undefined : errors.form}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          if (!outcome) {
            close.reset();
            setMissing({});
            return;
          }
          setMissing(null);
          close.mutate(
            { planId, expectedVersion: version, outcome, message: String(data.get("message") ?? "") },
            {
              onSuccess: () => {
                setOpen(false);
                notify({ title: `Plan closed: ${OUTCOME_LABEL[outcome]}`, description: candidateSees ? `We told ${candidateName}.` : undefined });
              },
            },
          );
        }}
      >
        {stale && (
          <Alert>
            <p>{close.error?.message}</p>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                close.reset();
                setOpen(false);
              }}
            >
              See the latest version
            </Button>
          </Alert>
        )}
        <fieldset aria-describedby={outcomeError ? `${legendId}-error` : undefined}>
          <legend id={legendId} className="text-sm font-medium text-slate-800">
            Outcome
          </legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {PLAN_OUTCOMES.map((value, index) => (
              <label
                key={value}
                className={cx(
                  "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                  outcome === value ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-slate-300 hover:bg-slate-50",
                )}
              >
                <input
                  type="radio"
                  name="outcome"
                  value={value}
                  checked={outcome === value}
                  onChange={() => {
                    setOutcome(value);
                    setMissing(null);
                  }}
                  aria-invalid={outcomeError && index === 0 ? true : undefined}
                  className="mt-0.5 size-4 shrink-0 accent-brand-600"
                />
                <span>
                  <span className="block font-medium text-slate-900">{OUTCOME_LABEL[value]}</span>
                  <span className="block text-slate-600">{OUTCOME_HINT[value]}</span>
                </span>
              </label>
            ))}
          </div>
          <div className="mt-2">
            <FieldError id={legendId} error={outcomeError} />
          </div>
        </fieldset>
        <TextArea
          label={`Message to ${candidateName} (optional)`}
          name="message"
          rows={4}
          maxLength={PLAN_LIMITS.closingMessage}
          hint={candidateSees ? "Shown on their plan and in the email. Keep it kind and concrete." : "The candidate never saw this plan, so nobody reads it but your team."}
          error={errors.fields.message}
        />
        <ModalActions pending={pending}>
          <Button type="submit" pending={pending} pendingLabel="Closing…">
            Close plan
          </Button>
        </ModalActions>
      </Form>
    </Modal>
  );
}
