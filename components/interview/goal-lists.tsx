"use client";

import { useEffect, useRef, useState } from "react";
import type { GoalKind, PlanSide } from "@/server/rules/enums";
import { errorCode } from "@/components/form-errors";
import { GOAL_KIND_LABEL, GOAL_KIND_LABEL_FOR_OTHER_SIDE, GOAL_KINDS_OF, PRIORITY_LABEL } from "@/server/rules/labels";
import { LocalTime } from "@/components/time";
import { Alert, LoadFailed } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cx } from "@/components/ui/cx";
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, TrashIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { GoalForm } from "./goal-form";
import { PrivateBadge } from "./private-badge";
import { useGoalMutations, useGoals, type Goal } from "./use-goals";

const priorityTone = { must: "warning", should: "brand", nice: "neutral" } as const;

export function GoalSummary({ goal, viewer, theirs }: { goal: Goal; viewer: PlanSide; theirs?: boolean }) {
  const kindLabel = (theirs && viewer === "organisation" ? GOAL_KIND_LABEL_FOR_OTHER_SIDE : GOAL_KIND_LABEL)[goal.kind];
  return (
    <div className="min-w-0 flex-1">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{kindLabel}</p>
      <p className="mt-1 font-medium break-words text-slate-900">{goal.text}</p>
      {goal.detail && <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-600">{goal.detail}</p>}
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <Badge tone={priorityTone[goal.priority]}>
          <span className="sr-only">Priority: </span>
          {PRIORITY_LABEL[goal.priority]}
        </Badge>
        {goal.visibility === "private" && <PrivateBadge />}
        {theirs && <Badge>Theirs</Badge>}
      </div>
      {viewer === "organisation" && !theirs && goal.lastEditedByName && (
        <p className="mt-2 text-xs text-slate-500">
          Last changed by {goal.lastEditedByName}, <LocalTime date={goal.updatedAt} />
        </p>
      )}
    </div>
  );
}

function EmptyList({ text }: { text: string }) {
  return <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600">{text}</p>;
}

/** The notice shown when a write was refused because someone else changed the list first. */
function ConflictNotice({ message, onReload, reloading }: { message: string; onReload: () => void; reloading: boolean }) {
  return (
    <Alert title="Someone else changed this meanwhile">
      <p>{message}</p>
      <Button variant="secondary" size="sm" pending={reloading} pendingLabel="Reloading…" onClick={onReload}>
        Reload
      </Button>
    </Alert>
  );
}

interface OwnGoalsProps {
  planId: string;
  mySide: PlanSide;
  /** Only goals of these kinds are listed and can be added (the preparation steps show one or two kinds each). */
  kinds?: readonly GoalKind[];
  readOnly?: boolean;
  /** Names the list for screen readers, e.g. "Your goals". */
  listLabel: string;
  emptyText: string;
  addLabel?: string;
  textLabel?: string;
  onChanged?: () => void;
}

/** The reader's own goals: add, edit inline, delete with a confirmation, and move up or down. */
export function OwnGoals({ planId, mySide, kinds, readOnly, listLabel, emptyText, addLabel = "Add a goal", textLabel, onChanged }: OwnGoalsProps) {
  const goals = useGoals(planId);
  const m = useGoalMutations(planId, onChanged);
  const notify = useToast();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
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

  const reload = async () => {
    setReloading(true);
    try {
      await m.reload();
    } finally {
      setReloading(false);
      m.update.reset();
      m.reorder.reset();
    }
  };

  const move = (goal: Goal, direction: -1 | 1) => {
    // Moves are not disabled while one is saving (that would drop keyboard focus); they wait instead.
    if (m.reorder.isPending) return;
    const index = shown.findIndex((g) => g.id === goal.id);
    const neighbour = shown[index + direction];
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
      {m.reorder.error &&
        (errorCode(m.reorder.error) === "CONFLICT" ? (
          <ConflictNotice message={m.reorder.error.message} onReload={() => void reload()} reloading={reloading} />
        ) : (
          <Alert>{m.reorder.error.message}</Alert>
        ))}
      {shown.length === 0 ? (
        <EmptyList text={emptyText} />
      ) : (
        <ul aria-label={listLabel} aria-busy={m.reorder.isPending || undefined} className="space-y-2">
          {shown.map((goal, index) => (
            <li
              key={goal.id}
              aria-label={goal.text}
              className={cx(
                "rounded-lg border bg-white p-3 sm:p-4",
                goal.visibility === "private" ? "border-slate-300 border-dashed bg-slate-50" : "border-slate-200",
              )}
            >
              {editing === goal.id ? (
                <GoalForm
                  key={`${goal.id}-${goal.version}`}
                  side={mySide}
                  kinds={offered.includes(goal.kind) ? offered : [goal.kind]}
                  initial={goal}
                  textLabel={textLabel}
                  autoFocus
                  submitLabel="Save changes"
                  pendingLabel="Saving…"
                  pending={m.update.isPending}
                  failure={m.update.error}
                  formNotice={
                    errorCode(m.update.error) === "CONFLICT" ? (
                      <ConflictNotice message={m.update.error!.message} onReload={() => void reload()} reloading={reloading} />
                    ) : undefined
                  }
                  onCancel={() => {
                    setEditing(null);
                    m.update.reset();
                  }}
                  onSubmit={(values) =>
                    m.update.mutate(
                      { planId, goalId: goal.id, expectedVersion: goal.version, ...values },
                      {
                        onSuccess: () => {
                          setEditing(null);
                          notify({ title: "Goal saved", tone: "success" });
                        },
                      },
                    )
                  }
                />
              ) : (
                <div className="flex flex-col gap-2">
                  <GoalSummary goal={goal} viewer={mySide} />
                  {!readOnly && (
                    <div className="-mx-2 -mb-1 flex items-center gap-1">
                      <div className="flex gap-1">
                        <Button
                          id={`goal-${goal.id}-up`}
                          variant="ghost"
                          size="sm"
                          aria-label={`Move up: ${goal.text}`}
                          title="Move up"
                          disabled={index === 0}
                          onClick={() => move(goal, -1)}
                        >
                          <ArrowUpIcon />
                        </Button>
                        <Button
                          id={`goal-${goal.id}-down`}
                          variant="ghost"
                          size="sm"
                          aria-label={`Move down: ${goal.text}`}
                          title="Move down"
                          disabled={index === shown.length - 1}
                          onClick={() => move(goal, 1)}
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
                            m.update.reset();
                            setEditing(goal.id);
                          }}
                        >
                          <PencilIcon />
                          <span aria-hidden="true">Edit</span>
                        </Button>
                        <ConfirmDialog
                          open={deleting === goal.id}
                          onOpenChange={(open) => {
                            m.remove.reset();
                            setDeleting(open ? goal.id : null);
                          }}
                          trigger={
                            <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" aria-label={`Delete: ${goal.text}`}>
                              <TrashIcon />
                              <span aria-hidden="true">Delete</span>
                            </Button>
                          }
                          title="Delete this goal?"
                          description={
                            <>
                              “{goal.text}” will be removed{goal.visibility === "shared" ? " for both sides" : ""}. This cannot be undone.
                            </>
                          }
                          confirmLabel="Delete goal"
                          pendingLabel="Deleting…"
                          pending={m.remove.isPending}
                          error={m.remove.error?.message}
                          onConfirm={() =>
                            m.remove.mutate(
                              { planId, goalId: goal.id },
                              {
                                onSuccess: () => {
                                  setDeleting(null);
                                  notify({ title: "Goal deleted", tone: "success" });
                                  requestAnimationFrame(() => addButton.current?.focus());
                                },
                              },
                            )
                          }
                        />
                      </div>
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {!readOnly &&
        (adding ? (
          <div className="rounded-lg border border-brand-100 bg-brand-50/40 p-3 sm:p-4">
            <GoalForm
              side={mySide}
              kinds={offered}
              textLabel={textLabel}
              autoFocus
              submitLabel="Add goal"
              pendingLabel="Adding…"
              pending={m.add.isPending}
              failure={m.add.error}
              onCancel={() => {
                setAdding(false);
                m.add.reset();
                requestAnimationFrame(() => addButton.current?.focus());
              }}
              onSubmit={(values) =>
                m.add.mutate(
                  { planId, ...values },
                  {
                    onSuccess: () => {
                      setAdding(false);
                      notify({ title: values.visibility === "private" ? "Private goal added" : "Goal added", tone: "success" });
                      requestAnimationFrame(() => addButton.current?.focus());
                    },
                  },
                )
              }
            />
          </div>
        ) : (
          <Button
            ref={addButton}
            variant="secondary"
            onClick={() => {
              m.add.reset();
              setAdding(true);
            }}
          >
            <span aria-hidden="true">+</span> {addLabel}
          </Button>
        ))}
    </div>
  );
}

/** The other side's shared goals: read-only. */
export function TheirGoals({ planId, mySide, listLabel, emptyText, kinds }: { planId: string; mySide: PlanSide; listLabel: string; emptyText: string; kinds?: readonly GoalKind[] }) {
  const goals = useGoals(planId);
  if (goals.isPending) return <p className="text-sm text-slate-600">Loading goals…</p>;
  if (goals.isError) return <Alert>{goals.error.message}</Alert>;
  const theirs = goals.data.goals.filter((g) => g.side !== mySide && (!kinds || kinds.includes(g.kind)));
  if (!theirs.length) return <EmptyList text={emptyText} />;
  return (
    <ul aria-label={listLabel} className="space-y-2">
      {theirs.map((goal) => (
        <li key={goal.id} aria-label={goal.text} className="rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4">
          <GoalSummary goal={goal} viewer={mySide} theirs />
        </li>
      ))}
    </ul>
  );
}
