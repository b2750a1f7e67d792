"use client";

import type { GoalKind, PlanSide } from "@/server/rules/enums";
import { GOAL_KIND_LABEL, PRIORITY_LABEL } from "@/server/rules/labels";
import { useConflictDraft } from "@/components/ui/conflict-draft";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { useToast } from "@/components/ui/toast";
import { GoalForm, type GoalFormValues } from "./goal-form";
import type { Goal, useGoalMutations } from "./use-goals";

interface GoalEditorProps {
  planId: string;
  /** The goal as the cache holds it now: a refetch while editing updates it, never the fields being typed. */
  goal: Goal;
  mySide: PlanSide;
  kinds: readonly GoalKind[];
  textLabel?: string;
  update: ReturnType<typeof useGoalMutations>["update"];
  onClose: () => void;
}

const FIELD_LABEL: Record<keyof GoalFormValues, string> = {
  kind: "Kind",
  text: "Goal",
  detail: "Detail",
  priority: "Priority",
  visibility: "Who can see it",
};

function shown(field: keyof GoalFormValues, value: string) {
  if (!value) return <em>empty</em>;
  if (field === "kind") return GOAL_KIND_LABEL[value as GoalKind];
  if (field === "priority") return PRIORITY_LABEL[value as Goal["priority"]];
  if (field === "visibility") return value === "private" ? "Private" : "Shared";
  return value;
}

function valuesOf(goal: Goal): GoalFormValues {
  return { kind: goal.kind, text: goal.text, detail: goal.detail, priority: goal.priority, visibility: goal.visibility };
}

/** Edits one goal in place; a save refused because someone saved first shows the conflict view, the draft kept. */
export function GoalEditor({ planId, goal, mySide, kinds, textLabel, update, onClose }: GoalEditorProps) {
  const notify = useToast();
  const draft = useConflictDraft({ values: valuesOf(goal), version: goal.version });

  const save = (values: GoalFormValues, expectedVersion: number) =>
    update.mutate(
      { planId, goalId: goal.id, expectedVersion, ...values },
      {
        onSuccess: () => {
          onClose();
          notify({ title: "Goal saved", tone: "success" });
        },
        onError: (error) => void draft.hold(error, values),
      },
    );

  return (
    <GoalForm
      side={mySide}
      kinds={kinds}
      initial={goal}
      textLabel={textLabel}
      autoFocus
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={update.isPending}
      failure={draft.conflict ? null : update.error}
      formNotice={
        draft.conflict ? (
          <ConflictNotice
            what="this goal"
            ready={draft.ready}
            pending={update.isPending}
            rows={draft.changes.map((c) => ({
              label: FIELD_LABEL[c.field],
              latest: shown(c.field, String(c.latest)),
              mine: shown(c.field, String(c.mine)),
            }))}
            onReapply={() => {
              const next = draft.reapply();
              save(next.values, next.expectedVersion);
            }}
            onDiscard={() => {
              draft.discard();
              update.reset();
              onClose();
            }}
          />
        ) : undefined
      }
      onCancel={() => {
        update.reset();
        onClose();
      }}
      onSubmit={(values) => save(values, draft.expectedVersion)}
    />
  );
}
