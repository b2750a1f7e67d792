"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { useTRPC } from "@/components/trpc";
import { useToast } from "@/components/ui/toast";
import { usePlanChanged } from "./use-plan-changed";

export interface InterviewersSeeNoteSwitchProps {
  planId: string;
  allowed: boolean;
  /** False once the plan is closed: the switch shows how it stood. */
  canChange: boolean;
}

/** Lets the invited interviewers read the internal note, or stops them; they never do unless allowed. */
export function InterviewersSeeNoteSwitch({ planId, allowed, canChange }: InterviewersSeeNoteSwitchProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const id = useId();
  const planChanged = usePlanChanged(planId);
  const share = useMutation(
    trpc.interviewers.shareInternalNote.mutationOptions({
      onSuccess: async (result) => {
        await planChanged();
        notify({ title: result.allowed ? "Interviewers can read the note" : "The note is for recruiters only again" });
      },
      onError: (error) => notify({ title: "Could not change who reads the note", description: error.message, tone: "error" }),
    }),
  );
  return (
    <div className="mt-4 flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="size-5 rounded border-slate-400 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
        // While saving, the switch shows what was asked for; a failure puts it back (the toast says why).
        checked={share.isPending ? share.variables.allowed : allowed}
        disabled={!canChange || share.isPending}
        aria-busy={share.isPending || undefined}
        onChange={(event) => share.mutate({ planId, allowed: event.currentTarget.checked })}
      />
      <label htmlFor={id} className="text-sm text-slate-800">
        Interviewers can read this note
      </label>
    </div>
  );
}
