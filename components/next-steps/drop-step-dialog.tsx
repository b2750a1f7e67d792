"use client";

import { useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { sideName } from "@/server/rules/labels";
import { otherSide } from "@/server/rules/visibility";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import type { Step } from "./steps";
import type { StepActions } from "./use-step-actions";

interface DropStepDialogProps {
  planId: string;
  /** A step whose drop mode (the server's `step.drop`) is "immediate" or "confirm_request". */
  step: Step;
  mySide: PlanSide;
  drop: StepActions["drop"];
  onFailure: (error: { message: string }) => void;
  failure?: string;
}

/** "Drop" (own unconfirmed proposal) or "Confirm drop" (the other side asked), behind a confirmation. */
export function DropStepDialog({ planId, step, mySide, drop, onFailure, failure }: DropStepDialogProps) {
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const other = sideName(otherSide(mySide), mySide);
  const answering = step.drop === "confirm_request";
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="sm" variant="ghost" className="text-red-700! hover:bg-red-50!">
          {answering ? "Confirm drop" : "Drop"}
          <span className="sr-only"> “{step.description}”</span>
        </Button>
      }
      title={answering ? "Agree to drop this step?" : "Drop this step?"}
      description={
        answering
          ? `${other} asked to drop “${step.description}”. Once you agree it is dropped for both sides; it stays in the timeline.`
          : `${other} hasn't confirmed “${step.description}” yet, so it is withdrawn at once. It stays in the timeline.`
      }
      confirmLabel="Drop step"
      pendingLabel="Dropping…"
      pending={drop.isPending && drop.variables?.stepId === step.id}
      error={failure}
      onConfirm={() =>
        drop.mutate(
          { planId, stepId: step.id },
          {
            onSuccess: () => {
              setOpen(false);
              notify({ title: "Step dropped" });
            },
            onError: onFailure,
          },
        )
      }
    />
  );
}
