"use client";

import type { PlanSide, StepOwner } from "@/server/rules/enums";
import { formatDueOn } from "@/server/rules/format";
import { ownerLabelFor, sideNoun } from "@/server/rules/labels";
import { otherSide } from "@/server/rules/visibility";
import { useConflictDraft } from "@/components/ui/conflict-draft";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { useToast } from "@/components/ui/toast";
import { StepForm, type StepValues } from "./step-form";
import type { Step } from "./steps";
import type { StepActions } from "./use-step-actions";

interface StepEditorProps {
  planId: string;
  /** The step as the cache holds it now: a refetch while editing updates it, never the fields being typed. */
  step: Step;
  mySide: PlanSide;
  edit: StepActions["edit"];
  onClose: (saved: boolean) => void;
}

const FIELD_LABEL: Record<keyof StepValues, string> = { description: "What happens next", owner: "Who does it", dueOn: "Due date" };

function valuesOf(step: Step): StepValues {
  return { description: step.description, owner: step.owner, dueOn: step.dueOn };
}

/**
 * Edits one step. The save names the version the editor opened at; if the
 * other side saved first, the conflict view shows both and re-applies this
 * person's edits on top of theirs.
 */
export function StepEditor({ planId, step, mySide, edit, onClose }: StepEditorProps) {
  const notify = useToast();
  const other = otherSide(mySide);
  const draft = useConflictDraft({ values: valuesOf(step), version: step.version });
  const shown = (field: keyof StepValues, value: string | null) =>
    !value ? <em>none</em> : field === "owner" ? ownerLabelFor(value as StepOwner, mySide) : field === "dueOn" ? formatDueOn(value) : value;

  const save = (values: StepValues, expectedVersion: number) =>
    edit.mutate(
      { planId, stepId: step.id, expectedVersion, ...values },
      {
        onSuccess: ({ confirmationWithdrawn }) => {
          onClose(true);
          notify({ title: "Step updated", description: confirmationWithdrawn ? `We asked ${sideNoun(other)} to confirm it again.` : undefined });
        },
        onError: (error) => void draft.hold(error, values),
      },
    );

  return (
    <StepForm
      idPrefix={`edit-${step.id}`}
      mySide={mySide}
      initial={valuesOf(step)}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={edit.isPending}
      failure={draft.conflict ? null : edit.error}
      notice={
        draft.conflict ? (
          <ConflictNotice
            what="this step"
            ready={draft.ready}
            pending={edit.isPending}
            rows={draft.changes.map((c) => ({ label: FIELD_LABEL[c.field], latest: shown(c.field, c.latest), mine: shown(c.field, c.mine) }))}
            onReapply={() => {
              const next = draft.reapply();
              save(next.values, next.expectedVersion);
            }}
            onDiscard={() => {
              draft.discard();
              edit.reset();
              onClose(false);
            }}
          />
        ) : step.editWithdraws ? (
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {step.agreed
              ? "Editing an agreed step asks the other side to confirm again."
              : `Editing this step withdraws ${sideNoun(other)}'s confirmation: they will be asked to confirm again.`}
          </p>
        ) : undefined
      }
      onCancel={() => {
        edit.reset();
        onClose(false);
      }}
      onSubmit={(values) => save(values, draft.expectedVersion)}
    />
  );
}
