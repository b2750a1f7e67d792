"use client";

import type { PlanSide, StepOwner } from "@/server/rules/enums";
import { sideNoun } from "@/server/rules/labels";
import { otherSide } from "@/server/rules/visibility";
import { useToast } from "@/components/ui/toast";
import { StepForm, type StepValues } from "./step-form";
import type { StepActions } from "./use-step-actions";

/** A step the debrief suggests ("Answer: …"), opened in the propose form; `key` changes for each click. */
export interface StepPrefill {
  key: number;
  description: string;
  owner: StepOwner;
  /** Why the form is filled in, shown above the fields. */
  source: string;
  /** True when the question behind it is private: the step will not be. */
  fromPrivate?: boolean;
}

/** Who a blank proposal names as owner: the proposer's own side. */
const DEFAULT_OWNER: Record<PlanSide, StepOwner> = { candidate: "candidate", organisation: "recruiter" };

interface ProposeStepProps {
  planId: string;
  mySide: PlanSide;
  source: StepPrefill | null;
  propose: StepActions["propose"];
  descriptionRef: React.Ref<HTMLTextAreaElement>;
  onClose: () => void;
}

/** The propose form, blank or filled in from the debrief; proposing counts as the proposer's confirmation. */
export function ProposeStep({ planId, mySide, source, propose, descriptionRef, onClose }: ProposeStepProps) {
  const notify = useToast();
  const them = sideNoun(otherSide(mySide));
  const initial: StepValues = source
    ? { description: source.description, owner: source.owner, dueOn: null }
    : { description: "", owner: DEFAULT_OWNER[mySide], dueOn: null };
  return (
    <StepForm
      idPrefix="propose-step"
      mySide={mySide}
      initial={initial}
      descriptionRef={descriptionRef}
      submitLabel="Propose step"
      pendingLabel="Proposing…"
      pending={propose.isPending}
      failure={propose.error}
      notice={
        <p className="text-sm text-slate-700">
          {source && <span className="font-medium text-slate-900">From the debrief: {source.source}. </span>}
          Proposing counts as your confirmation; {them} is asked to confirm it.
          {source?.fromPrivate && (
            <span className="mt-1 block font-medium text-amber-900">
              This question is private, but the step will be visible to both sides: reword it if needed.
            </span>
          )}
        </p>
      }
      onCancel={() => {
        propose.reset();
        onClose();
      }}
      onSubmit={(values) =>
        propose.mutate(
          { planId, ...values },
          {
            onSuccess: () => {
              onClose();
              notify({ title: "Step proposed", description: `We asked ${them} to confirm it.` });
            },
          },
        )
      }
    />
  );
}
