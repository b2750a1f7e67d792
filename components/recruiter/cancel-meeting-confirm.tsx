"use client";

import { useMutation } from "@tanstack/react-query";
import { errorCode } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialogContent } from "@/components/ui/confirm-dialog-content";
import { useToast } from "@/components/ui/toast";
import type { CancelMeetingDialogProps } from "./cancel-meeting-dialog";
import { usePlanChanged } from "./use-plan-changed";

export interface CancelMeetingConfirmProps extends CancelMeetingDialogProps {
  onOpenChange: (open: boolean) => void;
}

/** The open "Cancel meeting" question, with the mutation it asks about. */
export function CancelMeetingConfirm({ planId, version, candidateName, candidateSees, onOpenChange }: CancelMeetingConfirmProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const planChanged = usePlanChanged(planId);
  const cancel = useMutation(trpc.plan.cancel.mutationOptions());
  const stale = errorCode(cancel.error) === "CONFLICT";
  return (
    <ConfirmDialogContent
      onOpenChange={onOpenChange}
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
                  onOpenChange(false);
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
              onOpenChange(false);
              notify({ title: "Meeting cancelled", description: candidateSees ? `We emailed ${candidateName}.` : undefined });
            },
          },
        )
      }
    />
  );
}
