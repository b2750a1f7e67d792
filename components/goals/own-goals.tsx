"use client";

import { useEffect, useRef, useState } from "react";
import type { GoalKind, PlanSide } from "@/server/rules/enums";
import { GOAL_KINDS_OF } from "@/server/rules/goal-kinds";
import { errorCode } from "@/components/form-errors";
import { Alert, LoadFailed } from "@/components/ui/alert";
import { AddGoal } from "./add-goal";
import { GoalRow } from "./goal-row";
import { EmptyList } from "./goal-summary";
import { useGoalMutations, useGoals, type Goal } from "./use-goals";

interface OwnGoalsProps {
  planId: string;
  mySide: PlanSide;
  /** Only goals of these kinds are listed and can be added (the preparation steps show one or two kinds each). */
  kinds?: readonly GoalKind[];
  /** Names the list for screen readers, e.g. "Your goals". */
  listLabel: string;
  emptyText: string;
  addLabel?: string;
  textLabel?: string;
}

/** The reader's own goals: add, edit inline, delete with a confirmation, and move up or down, as the server's flags allow. */
export function OwnGoals({ planId, mySide, kinds, listLabel, emptyText, addLabel = "Add a goal", textLabel }: OwnGoalsProps) {
  const goals = useGoals(planId);
  const m = useGoalMutations(planId);
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const offered = kinds ?? GOAL_KINDS_OF[mySide];

  const allMine = (goals.data?.goals ?? []).filter((g) => g.side === mySide);
  const shown = allMine.filter((g) => offered.includes(g.kind));

  useEffect(() => {
    // Reordering moves the item's buttons in the page: keep focus on the one that was pressed.
    if (!focusAfterMove.current) return;
    const button = document.getElementById(focusAfterMove.current) as HTMLButtonElement | null;
    if (button && !button.disabled) button.focus();
    else button?.parentElement?.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
    focusAfterMove.current = null;
  });

  const move = (goal: Goal, direction: -1 | 1) => {
    // Moves are not disabled while one is saving (that would drop keyboard focus); they wait instead.
    if (m.reorder.isPending) return;
    const neighbour = shown[shown.findIndex((g) => g.id === goal.id) + direction];
    if (!neighbour) return;
    const ids = allMine.map((g) => g.id);
    const a = ids.indexOf(goal.id);
    const b = ids.indexOf(neighbour.id);
    [ids[a], ids[b]] = [ids[b]!, ids[a]!];
    focusAfterMove.current = `goal-${goal.id}-${direction < 0 ? "up" : "down"}`;
    m.reorder.mutate({ planId, orderedIds: ids });
  };

  if (goals.isPending) return <p className="text-sm text-slate-600">Loading goals…</p>;
  if (goals.isError) return <LoadFailed title="Your goals could not be loaded" message={goals.error.message} onRetry={() => void goals.refetch()} />;

  return (
    <div className="space-y-3">
      {m.reorder.error && (
        <Alert title={errorCode(m.reorder.error) === "CONFLICT" ? "Someone else changed this meanwhile" : undefined}>
          {errorCode(m.reorder.error) === "CONFLICT" ? "The list now shows the latest order. Move the goal again." : m.reorder.error.message}
        </Alert>
      )}
      {shown.length === 0 ? (
        <EmptyList text={emptyText} />
      ) : (
        <ul aria-label={listLabel} aria-busy={m.reorder.isPending || undefined} className="space-y-2">
          {shown.map((goal, index) => (
            <GoalRow
              key={goal.id}
              planId={planId}
              goal={goal}
              mySide={mySide}
              kinds={offered}
              textLabel={textLabel}
              first={index === 0}
              last={index === shown.length - 1}
              editing={editing === goal.id}
              onEdit={(on) => setEditing(on ? goal.id : null)}
              onMove={(direction) => move(goal, direction)}
              onDeleted={() => requestAnimationFrame(() => addButton.current?.focus())}
              mutations={m}
            />
          ))}
        </ul>
      )}
      {goals.data.canAdd && (
        <AddGoal planId={planId} mySide={mySide} kinds={offered} addLabel={addLabel} textLabel={textLabel} add={m.add} buttonRef={addButton} />
      )}
    </div>
  );
}
