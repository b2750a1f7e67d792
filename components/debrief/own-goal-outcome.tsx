"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { GoalOutcome, PlanSide } from "@/server/rules/enums";
import { GOAL_OUTCOME_LABEL } from "@/server/rules/labels";
import { GOAL_LIMITS } from "@/server/rules/limits";
import type { Goal } from "@/components/goals/use-goals";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { useConflictDraft } from "@/components/ui/conflict-draft";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { controlClasses } from "@/components/ui/field-parts";
import { SaveStatus } from "@/components/ui/save-status";
import { OutcomeChoice } from "./outcome-choice";
import { GoalHeading } from "./outcome-badge";

type Mark = { outcome: GoalOutcome | null; note: string };

/** Who reads the note, as each side puts it. */
const PRIVATE_NOTE_HINT: Record<PlanSide, string> = {
  candidate: "Private, like the goal: only you see it.",
  organisation: "Private, like the goal: only your organisation sees it.",
};

const markOf = (goal: Goal): Mark => ({ outcome: goal.outcome, note: goal.outcomeNote });
const shown = (field: keyof Mark, value: string | null) =>
  !value ? <em>none</em> : field === "outcome" ? GOAL_OUTCOME_LABEL[value as GoalOutcome] : value;

/**
 * One of the reader's own goals with its outcome (choosing saves at once)
 * and an optional note, saved with the button or on leaving the field. A
 * colleague's mark arriving live replaces what is shown unless this person
 * has an unsaved note; a save refused because they marked first shows the conflict view.
 */
export function OwnGoalOutcome({ planId, goal, mySide }: { planId: string; goal: Goal; mySide: PlanSide }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const draft = useConflictDraft<Mark>({ values: markOf(goal), version: goal.version });
  const [mark, setMark] = useState<Mark>(markOf(goal));
  const [seenVersion, setSeenVersion] = useState(goal.version);
  const save = useMutation(
    trpc.debrief.markOutcome.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.goal.list.queryKey({ planId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.debrief.openQuestions.queryKey({ planId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.timeline.list.pathKey() }),
        ]),
    }),
  );
  const dirty = mark.note !== draft.base.note;
  if (goal.version !== seenVersion && !save.isPending && !draft.conflict && !dirty) {
    setSeenVersion(goal.version);
    setMark(markOf(goal));
    draft.saved(markOf(goal), goal.version);
  }

  const send = (next: Mark, expectedVersion = draft.expectedVersion) => {
    setMark(next);
    save.mutate(
      { planId, goalId: goal.id, expectedVersion, ...next },
      { onSuccess: (result) => draft.saved(next, result.version), onError: (error) => void draft.hold(error, next) },
    );
  };

  return (
    <li aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 p-3 sm:p-4">
      <GoalHeading goal={goal} id={`${id}-title`} />
      <OutcomeChoice name={`${id}-outcome`} goalText={goal.text} value={mark.outcome} onChange={(outcome) => send({ ...mark, outcome })} />
      <div className="mt-3 space-y-1.5">
        <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
          Note (optional)
        </label>
        <p id={`${id}-note-hint`} className="text-sm text-slate-600">
          {goal.visibility === "private" ? PRIVATE_NOTE_HINT[mySide] : "Shared, like the goal: both sides see it."}
        </p>
        <textarea
          id={`${id}-note`}
          value={mark.note}
          maxLength={GOAL_LIMITS.outcomeNote}
          rows={2}
          aria-describedby={`${id}-note-hint`}
          onChange={(e) => setMark({ ...mark, note: e.target.value })}
          onBlur={() => {
            if (dirty && !save.isPending && !draft.conflict) send(mark);
          }}
          placeholder={mark.outcome === "achieved" ? "What settled it?" : "What is still missing?"}
          className={controlClasses(undefined, "min-h-16 resize-y")}
        />
      </div>
      {draft.conflict ? (
        <div className="mt-3">
          <ConflictNotice
            what="this goal's outcome"
            ready={draft.ready}
            pending={save.isPending}
            rows={draft.changes.map((c) => ({ label: c.field === "outcome" ? "Outcome" : "Note", latest: shown(c.field, c.latest), mine: shown(c.field, c.mine) }))}
            onReapply={() => {
              const next = draft.reapply();
              send(next.values, next.expectedVersion);
            }}
            onDiscard={() => {
              draft.discard();
              save.reset();
              setSeenVersion(goal.version);
              setMark(markOf(goal));
            }}
          />
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          {dirty && (
            <Button size="sm" variant="secondary" pending={save.isPending} pendingLabel="Saving…" onClick={() => send(mark)}>
              Save note
            </Button>
          )}
          {mark.outcome && (
            <Button size="sm" variant="ghost" disabled={save.isPending} onClick={() => send({ ...mark, outcome: null })}>
              Clear outcome
            </Button>
          )}
          <SaveStatus state={save.isPending ? "saving" : save.isSuccess && !dirty ? "saved" : "idle"} />
        </div>
      )}
      {save.error && !draft.conflict && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          Not saved: {save.error.data?.fieldErrors?.note?.[0] ?? save.error.message}
        </p>
      )}
    </li>
  );
}
