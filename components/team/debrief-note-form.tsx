"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorCode, formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { PLAN_LIMITS } from "@/server/rules/limits";

interface DebriefNoteFormProps {
  planId: string;
  /** The interviewer's row as team.get gives it: the saved note and its version. */
  me: { debriefNote: string; version: number; canSaveDebrief: boolean };
}

/**
 * The interviewer's own debrief note, for the organisation's side: saved on
 * request, with progress and the server's refusal (a save from another window
 * meanwhile is a conflict; the latest version then reloads with the text kept).
 */
export function DebriefNoteForm({ planId, me }: DebriefNoteFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(me.debriefNote);
  const save = useMutation(
    trpc.team.saveDebrief.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.team.get.queryKey({ planId }) }),
    }),
  );
  const errors = formErrors(save.error, ["note"]);
  const unsaved = note !== me.debriefNote;

  return (
    <form
      aria-label="Your debrief note"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ planId, note, expectedVersion: me.version });
      }}
    >
      <TextArea
        label="Your debrief note"
        hint="What you learned in the meeting, for the recruiter and the rest of the team. The candidate never sees it."
        name="note"
        rows={5}
        maxLength={PLAN_LIMITS.longText}
        value={note}
        disabled={!me.canSaveDebrief}
        error={errors.fields.note}
        onChange={(event) => setNote(event.target.value)}
      />
      {errors.form && (
        <Alert title={errorCode(save.error) === "CONFLICT" ? "Saved elsewhere meanwhile" : "Not saved"}>
          <p>{errors.form}</p>
        </Alert>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…" disabled={!me.canSaveDebrief || !unsaved}>
          Save debrief note
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {save.isSuccess && !unsaved ? "Saved" : unsaved ? "Unsaved changes" : ""}
        </p>
      </div>
    </form>
  );
}
