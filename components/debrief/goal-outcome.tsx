"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { GoalOutcome, PlanSide } from "@/server/rules/enums";
import type { SaveState } from "@/components/interview/save-status";
import type { Goal } from "@/components/interview/use-goals";
import { GOAL_KIND_SHORT_LABEL, GOAL_OUTCOMES, GOAL_OUTCOME_LABEL } from "@/server/rules/labels";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { controlClasses } from "@/components/ui/field-parts";
import { CheckIcon, LockIcon } from "@/components/ui/icons";

const NOTE_LIMIT = 2000;

const OUTCOME_TONE: Record<GoalOutcome, string> = {
  achieved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  partly: "bg-amber-50 text-amber-900 ring-amber-200",
  not_achieved: "bg-red-50 text-red-800 ring-red-200",
};

function OutcomeBadge({ outcome }: { outcome: GoalOutcome | null }) {
  if (!outcome)
    return <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">Not marked yet</span>;
  return (
    <span className={cx("shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ring-1", OUTCOME_TONE[outcome])}>
      <span className="sr-only">Outcome: </span>
      {GOAL_OUTCOME_LABEL[outcome]}
    </span>
  );
}

function GoalHeading({ goal, id }: { goal: Goal; id: string }) {
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
        {GOAL_KIND_SHORT_LABEL[goal.kind]}
        {goal.priority === "must" && <span className="rounded bg-slate-800 px-1.5 py-px text-[10px] text-white normal-case">Must</span>}
        {goal.visibility === "private" && (
          <span className="inline-flex items-center gap-1 rounded bg-slate-200 px-1.5 py-px text-[10px] text-slate-800 normal-case">
            <LockIcon className="size-3" /> Private
          </span>
        )}
      </p>
      <h4 id={id} className="mt-1 font-semibold break-words text-slate-900">
        {goal.text}
      </h4>
    </div>
  );
}

/**
 * One of the reader's own goals with its outcome (a radio group: choosing
 * saves at once) and an optional note, saved with the button or on leaving the field.
 */
export function OwnGoalOutcome({ planId, goal, mySide, readOnly }: { planId: string; goal: Goal; mySide: PlanSide; readOnly: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [note, setNote] = useState(goal.outcomeNote);
  const [savedNote, setSavedNote] = useState(goal.outcomeNote);
  const [outcome, setOutcome] = useState<GoalOutcome | null>(goal.outcome);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | null>(null);
  // Versions only grow: the newer of what this form saved and what the list last loaded.
  const [savedVersion, setSavedVersion] = useState(goal.version);
  const version = Math.max(savedVersion, goal.version);

  const mark = useMutation(
    trpc.debrief.markOutcome.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.goal.list.queryKey({ planId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.debrief.openQuestions.queryKey({ planId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.timeline.list.pathKey() }),
        ]);
      },
    }),
  );

  const save = (next: { outcome: GoalOutcome | null; note: string }) => {
    setState("saving");
    setError(null);
    mark.mutate(
      { planId, goalId: goal.id, expectedVersion: version, ...next },
      {
        onSuccess: (result) => {
          setSavedVersion(result.version);
          setSavedNote(next.note);
          setState("saved");
        },
        onError: (e) => {
          setState("error");
          setError(e.data?.fieldErrors?.note?.[0] ?? e.message);
          // A colleague's mark came first: load it, so the next save starts from what they wrote.
          if (e.data?.code === "CONFLICT") void queryClient.invalidateQueries({ queryKey: trpc.goal.list.queryKey({ planId }) });
        },
      },
    );
  };

  const dirty = note !== savedNote;
  const noteHint =
    goal.visibility === "private"
      ? mySide === "candidate"
        ? "Private, like the goal: only you see it."
        : "Private, like the goal: only your organisation sees it."
      : "Shared, like the goal: both sides see it.";

  if (readOnly)
    return (
      <li aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 p-4">
        <div className="flex items-start justify-between gap-3">
          <GoalHeading goal={goal} id={`${id}-title`} />
          <OutcomeBadge outcome={goal.outcome} />
        </div>
        {goal.outcomeNote && <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-700">{goal.outcomeNote}</p>}
      </li>
    );

  return (
    <li aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 p-3 sm:p-4">
      <GoalHeading goal={goal} id={`${id}-title`} />
      <fieldset className="mt-3">
        <legend className="sr-only">Outcome of “{goal.text}”</legend>
        <div className="grid grid-cols-3 gap-1 rounded-lg bg-slate-100 p-1 sm:inline-grid sm:w-auto">
          {GOAL_OUTCOMES.map((value) => (
            <label
              key={value}
              className={cx(
                "relative flex min-h-10 cursor-pointer items-center justify-center rounded-md px-1 text-center text-[13px] leading-tight font-medium whitespace-nowrap transition-colors sm:px-4 sm:text-sm",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                outcome === value ? cx("shadow-sm ring-1", OUTCOME_TONE[value]) : "text-slate-700 hover:bg-white/70",
              )}
            >
              <input
                type="radio"
                name={`${id}-outcome`}
                value={value}
                checked={outcome === value}
                onChange={() => {
                  setOutcome(value);
                  save({ outcome: value, note });
                }}
                className="sr-only"
              />
              {outcome === value && <CheckIcon className="mr-1 size-3.5 max-sm:hidden" />}
              {GOAL_OUTCOME_LABEL[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 space-y-1.5">
        <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
          Note (optional)
        </label>
        <p id={`${id}-note-hint`} className="text-sm text-slate-600">
          {noteHint}
        </p>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={NOTE_LIMIT}
          rows={2}
          aria-describedby={`${id}-note-hint`}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (dirty && !mark.isPending) save({ outcome, note });
          }}
          placeholder={outcome === "achieved" ? "What settled it?" : "What is still missing?"}
          className={controlClasses(undefined, "min-h-16 resize-y")}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {dirty && (
          <Button size="sm" variant="secondary" pending={mark.isPending} pendingLabel="Saving…" onClick={() => save({ outcome, note })}>
            Save note
          </Button>
        )}
        {outcome && (
          <Button
            size="sm"
            variant="ghost"
            disabled={mark.isPending}
            onClick={() => {
              setOutcome(null);
              save({ outcome: null, note });
            }}
          >
            Clear outcome
          </Button>
        )}
        <span role="status" aria-live="polite" className="text-sm">
          {state === "saving" && <span className="text-slate-600">Saving…</span>}
          {state === "saved" && !dirty && (
            <span className="inline-flex items-center gap-1 text-emerald-700">
              <CheckIcon className="size-3.5" /> Saved
            </span>
          )}
        </span>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          Not saved: {error}
        </p>
      )}
    </li>
  );
}

/** One of the other side's shared goals: its outcome and note, read-only. */
export function TheirGoalOutcome({ goal }: { goal: Goal }) {
  const id = useId();
  return (
    <li aria-labelledby={id} className="rounded-lg border border-slate-200 bg-slate-50/60 p-4">
      <div className="flex items-start justify-between gap-3">
        <GoalHeading goal={goal} id={id} />
        <OutcomeBadge outcome={goal.outcome} />
      </div>
      {goal.outcomeNote && <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-700">{goal.outcomeNote}</p>}
    </li>
  );
}
