"use client";

import dynamic from "next/dynamic";
import type { GoalKind, PlanSide } from "@/server/rules/enums";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ArrowDownIcon, ArrowUpIcon, PencilIcon } from "@/components/ui/icons";
import { DeleteGoalDialog } from "./delete-goal-dialog";
import { GoalSummary } from "./goal-summary";
import type { Goal, useGoalMutations } from "./use-goals";

// The editor exists only while a goal is being edited: its code (the form, the conflict view) loads then.
const GoalEditor = dynamic(() => import("./goal-editor").then((m) => m.GoalEditor), { ssr: false });

/** A team shares its goals among several people, so it sees who changed one last; a candidate writes theirs alone. */
const NAMES_LAST_EDITOR: Record<PlanSide, boolean> = { candidate: false, organisation: true };

interface GoalRowProps {
  planId: string;
  goal: Goal;
  mySide: PlanSide;
  kinds: readonly GoalKind[];
  textLabel?: string;
  first: boolean;
  last: boolean;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onMove: (direction: -1 | 1) => void;
  onDeleted: () => void;
  mutations: ReturnType<typeof useGoalMutations>;
}

/** One of the reader's own goals: its summary and, while the server allows it (`canEdit`), move, edit and delete. */
export function GoalRow(props: GoalRowProps) {
  const { planId, goal, mySide, kinds, textLabel, first, last, editing, onEdit, onMove, onDeleted, mutations } = props;
  return (
    <li
      aria-label={goal.text}
      className={cx(
        "rounded-lg border bg-white p-3 sm:p-4",
        goal.visibility === "private" ? "border-slate-300 border-dashed bg-slate-50" : "border-slate-200",
      )}
    >
      {editing ? (
        <GoalEditor
          planId={planId}
          goal={goal}
          mySide={mySide}
          kinds={kinds.includes(goal.kind) ? kinds : [goal.kind]}
          textLabel={textLabel}
          update={mutations.update}
          onClose={() => onEdit(false)}
        />
      ) : (
        <div className="flex flex-col gap-2">
          <GoalSummary goal={goal} viewer={mySide} showEditor={NAMES_LAST_EDITOR[mySide]} />
          {goal.canEdit && (
            <div className="-mx-2 -mb-1 flex items-center gap-1">
              <div className="flex gap-1">
                <Button
                  id={`goal-${goal.id}-up`}
                  variant="ghost"
                  size="sm"
                  aria-label={`Move up: ${goal.text}`}
                  title="Move up"
                  disabled={first}
                  onClick={() => onMove(-1)}
                >
                  <ArrowUpIcon />
                </Button>
                <Button
                  id={`goal-${goal.id}-down`}
                  variant="ghost"
                  size="sm"
                  aria-label={`Move down: ${goal.text}`}
                  title="Move down"
                  disabled={last}
                  onClick={() => onMove(1)}
                >
                  <ArrowDownIcon />
                </Button>
              </div>
              <div className="ml-auto flex gap-1">
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Edit: ${goal.text}`}
                  onClick={() => {
                    mutations.update.reset();
                    onEdit(true);
                  }}
                >
                  <PencilIcon />
                  <span aria-hidden="true">Edit</span>
                </Button>
                <DeleteGoalDialog planId={planId} goal={goal} remove={mutations.remove} onDeleted={onDeleted} />
              </div>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
