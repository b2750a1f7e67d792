"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TrashIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import type { Goal, useGoalMutations } from "./use-goals";

interface DeleteGoalDialogProps {
  planId: string;
  goal: Goal;
  remove: ReturnType<typeof useGoalMutations>["remove"];
  /** Where the keyboard goes once the goal is gone. */
  onDeleted: () => void;
}

/** "Delete" with a confirmation that says who else loses the goal. */
export function DeleteGoalDialog({ planId, goal, remove, onDeleted }: DeleteGoalDialogProps) {
  const notify = useToast();
  const [open, setOpen] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        remove.reset();
        setOpen(next);
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
      pending={remove.isPending}
      error={remove.error?.message}
      onConfirm={() =>
        remove.mutate(
          { planId, goalId: goal.id },
          {
            onSuccess: () => {
              setOpen(false);
              notify({ title: "Goal deleted", tone: "success" });
              onDeleted();
            },
          },
        )
      }
    />
  );
}
