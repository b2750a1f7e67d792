"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorCode } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { usePlanChanged } from "./use-plan-changed";

export interface CancelMeetingDialogProps {
  planId: string;
  version: number;
  candidateName: string;
  /** The view's candidateSees: the candidate saw the plan, so they are emailed about the cancellation. */
  candidateSees: boolean;
}

/** Cancels the meeting: the plan closes for good. */
export function CancelMeetingDialog({ planId, version, candidateName, candidateSees }: CancelMeetingDialogProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const planChanged = usePlanChanged(planId);
  const cancel = useMutation(trpc.plan.cancel.mutationOptions());
  const stale = errorCode(cancel.error) === "CONFLICT";
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        cancel.reset();
        setOpen(next);
      }}
      trigger={
        <Button variant="ghost" className="text-red-700! hover:bg-red-50!">
          Cancel meeting
        </Button>
      }
      title={`Cancel the meeting with ${candidateName}?`}
      description={`The plan closes: it stays readable, but nobody can change it any more. ${
        candidateSees ? `We'll email ${candidateName} that the meeting is cancelled.` : "The candidate was never invited, so nobody is emailed."
      } This cannot be undone.`}
      cancelLabel="Keep the meeting"
      confirmLabel="Cancel meeting"
      pendingLabel="Cancelling…"
      pending={cancel.isPending}
      error={
        cancel.error && (
          <>
            <p>{cancel.error.message}</p>
            {stale && (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => {
                  setOpen(false);
                  cancel.reset();
                  void planChanged();
                }}
              >
                Reload latest
              </Button>
            )}
          </>
        )
      }
      onConfirm={() =>
        cancel.mutate(
          { planId, expectedVersion: version },
          {
            onSuccess: async () => {
              await planChanged();
              setOpen(false);
              notify({ title: "Meeting cancelled", description: candidateSees ? `We emailed ${candidateName}.` : undefined });
            },
          },
        )
      }
    />
  );
}
