"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { GoalKind, PlanSide } from "@/server/rules/enums";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { useGoalMutations } from "./use-goals";

// The form exists only while someone adds a goal: its code loads then, not with every plan page.
const GoalForm = dynamic(() => import("./goal-form").then((m) => m.GoalForm), { ssr: false });

interface AddGoalProps {
  planId: string;
  mySide: PlanSide;
  kinds: readonly GoalKind[];
  addLabel: string;
  textLabel?: string;
  add: ReturnType<typeof useGoalMutations>["add"];
  /** Receives the button, so the list can return focus to it after a delete. */
  buttonRef: React.RefObject<HTMLButtonElement | null>;
}

/** "Add a goal" and the form it opens; focus goes back to the button when the form closes. */
export function AddGoal({ planId, mySide, kinds, addLabel, textLabel, add, buttonRef }: AddGoalProps) {
  const notify = useToast();
  const [adding, setAdding] = useState(false);
  const close = () => {
    setAdding(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  if (!adding)
    return (
      <Button
        ref={buttonRef}
        variant="secondary"
        onClick={() => {
          add.reset();
          setAdding(true);
        }}
      >
        <span aria-hidden="true">+</span> {addLabel}
      </Button>
    );

  return (
    <div className="rounded-lg border border-brand-100 bg-brand-50/40 p-3 sm:p-4">
      <GoalForm
        side={mySide}
        kinds={kinds}
        textLabel={textLabel}
        autoFocus
        submitLabel="Add goal"
        pendingLabel="Adding…"
        pending={add.isPending}
        failure={add.error}
        onCancel={() => {
          add.reset();
          close();
        }}
        onSubmit={(values) =>
          add.mutate(
            { planId, ...values },
            {
              onSuccess: () => {
                close();
                notify({ title: values.visibility === "private" ? "Private goal added" : "Goal added", tone: "success" });
              },
            },
          )
        }
      />
    </div>
  );
}
