"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { PrivateBadge } from "@/components/goals/private-badge";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { SaveStatus } from "@/components/ui/save-status";
import { AutosaveNote } from "../autosave-note";
import type { Preparation } from "./use-preparation";

interface AcknowledgeGoalProps {
  planId: string;
  goalId: string;
  goalText: string;
  existing?: Preparation["acknowledgements"][number];
  readOnly: boolean;
}

/** "I've considered this" on one of the interviewing team's goals, with a private note on how the candidate will address it. */
export function AcknowledgeGoal({ planId, goalId, goalText, existing, readOnly }: AcknowledgeGoalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  // The tick follows the click at once; until then (and after) it is what the cache says.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const checked = ticking ?? !!existing;
  const refetch = () => queryClient.invalidateQueries({ queryKey: trpc.preparation.get.queryKey({ planId }) });
  const tick = useMutation(
    trpc.preparation.acknowledgeGoal.mutationOptions({
      onSettled: async () => {
        await refetch();
        setTicking(null);
      },
    }),
  );
  // The note has its own save (and its own conflict view in AutosaveNote); the tick waits for it, so an untick names the latest version.
  const saveNote = useMutation(trpc.preparation.acknowledgeGoal.mutationOptions({ onSettled: refetch }));
  const busy = tick.isPending || saveNote.isPending;
  return (
    <div className="mt-4 space-y-3 border-t border-slate-200 pt-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="flex min-h-10 cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
          <input
            id={id}
            type="checkbox"
            className="size-4 accent-emerald-600"
            checked={checked}
            disabled={readOnly || busy}
            aria-describedby={`${id}-about`}
            onChange={(e) => {
              const next = e.target.checked;
              setTicking(next);
              // The version shown: null while unticked; a tick or untick from a stale tab is refused instead of overwriting.
              tick.mutate({ planId, goalId, acknowledged: next, note: next ? (existing?.note ?? "") : "", expectedVersion: existing?.version ?? null });
            }}
          />
          I&apos;ve considered this
        </label>
        <span id={`${id}-about`} className="sr-only">
          {goalText}
        </span>
        <SaveStatus state={tick.isPending ? "saving" : tick.isError ? "error" : "idle"} />
      </div>
      {tick.error && <Alert>{tick.error.message}</Alert>}
      {checked ? (
        <AutosaveNote
          label="How you'll address it"
          hint="Your note saves when you leave the field."
          saved={{ text: existing?.note ?? "", version: existing?.version ?? null }}
          save={(note, expectedVersion) => saveNote.mutateAsync({ planId, goalId, acknowledged: true, note, expectedVersion })}
          // The note belongs to a stored tick: it opens once the tick is saved, at the version the tick created.
          disabled={readOnly || !existing}
          rows={2}
        />
      ) : (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <PrivateBadge /> Tick it to add a note on how you&apos;ll address it. Only you see the tick and the note.
        </p>
      )}
    </div>
  );
}
