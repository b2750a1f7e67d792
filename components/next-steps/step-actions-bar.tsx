"use client";

import type { PlanSide } from "@/server/rules/enums";
import { sideName, sideNoun } from "@/server/rules/labels";
import { confirmedBy } from "@/server/rules/step-rules";
import { otherSide } from "@/server/rules/visibility";
import { Button } from "@/components/ui/button";
import { CheckIcon, PencilIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { DropStepDialog } from "./drop-step-dialog";
import type { Step } from "./steps";
import type { StepActions } from "./use-step-actions";

interface StepActionsBarProps {
  planId: string;
  step: Step;
  mySide: PlanSide;
  actions: StepActions;
  failure?: string;
  onFailure: (error: { message: string }) => void;
  /** After a change that may remove the button just used. */
  onDone: () => void;
  onEdit: () => void;
  editButtonRef: React.Ref<HTMLButtonElement>;
}

type SimpleAction = "confirm" | "markDone" | "drop" | "declineDrop";

/** What the reader may do with one step, exactly as the server's flags say (`canConfirm`, `canMarkDone`, `canEdit`, `drop`). */
export function StepActionsBar({ planId, step, mySide, actions, failure, onFailure, onDone, onEdit, editButtonRef }: StepActionsBarProps) {
  const notify = useToast();
  const other = otherSide(mySide);
  const pending = (kind: SimpleAction) => actions[kind].isPending && actions[kind].variables?.stepId === step.id;
  const after = (toast: () => void) => ({
    onSuccess: () => {
      toast();
      onDone();
    },
    onError: onFailure,
  });
  const ref = { planId, stepId: step.id };
  const run = (kind: Exclude<SimpleAction, "confirm">, toast: () => void) => actions[kind].mutate(ref, after(toast));
  // A confirmation names the version on screen: a step edited meanwhile is refused, never confirmed unseen.
  const confirm = (toast: () => void) => actions.confirm.mutate({ ...ref, expectedVersion: step.version }, after(toast));

  const anything = step.canConfirm || step.canMarkDone || step.canEdit || step.drop !== "none";
  if (!anything) return null;
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      {step.canConfirm && (
        <Button
          size="sm"
          pending={pending("confirm")}
          pendingLabel="Confirming…"
          onClick={() =>
            confirm(() =>
              notify({
                title: "Step confirmed",
                description: confirmedBy(step, other) ? "Both sides have now agreed it." : `Waiting for ${sideNoun(other)}.`,
              }),
            )
          }
        >
          <CheckIcon />
          Confirm<span className="sr-only"> “{step.description}”</span>
        </Button>
      )}
      {step.canMarkDone && (
        <Button size="sm" variant="secondary" pending={pending("markDone")} pendingLabel="Saving…" onClick={() => run("markDone", () => notify({ title: "Step marked done" }))}>
          Mark done<span className="sr-only"> “{step.description}”</span>
        </Button>
      )}
      {step.canEdit && (
        <Button ref={editButtonRef} size="sm" variant="secondary" onClick={onEdit}>
          <PencilIcon className="size-3.5" />
          Edit<span className="sr-only"> “{step.description}”</span>
        </Button>
      )}
      {step.drop === "request" && (
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700! hover:bg-red-50!"
          pending={pending("drop")}
          pendingLabel="Asking…"
          onClick={() => run("drop", () => notify({ title: "Asked to drop the step", description: `${sideName(other, mySide)} will be asked to agree.` }))}
        >
          Ask to drop<span className="sr-only"> “{step.description}”</span>
        </Button>
      )}
      {(step.drop === "immediate" || step.drop === "confirm_request") && (
        <DropStepDialog planId={planId} step={step} mySide={mySide} drop={actions.drop} failure={failure} onFailure={onFailure} />
      )}
      {step.drop === "confirm_request" && (
        <Button
          size="sm"
          variant="ghost"
          pending={pending("declineDrop")}
          pendingLabel="Keeping…"
          onClick={() => run("declineDrop", () => notify({ title: "Step kept", description: `${sideName(other, mySide)} will be told the step stays.` }))}
        >
          Keep step<span className="sr-only"> “{step.description}”</span>
        </Button>
      )}
    </div>
  );
}
