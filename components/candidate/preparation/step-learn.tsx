"use client";

import type { GoalKind } from "@/server/rules/enums";
import { OwnGoals } from "@/components/goals/own-goals";
import { AutosaveNote } from "../autosave-note";
import { useNoteSaver, type Preparation } from "./use-preparation";

interface StepLearnProps {
  planId: string;
  kinds: readonly GoalKind[];
  preparation: Preparation;
  readOnly: boolean;
}

/** Step 3: what the candidate wants to learn, and a private note on what held them back before. */
export function StepLearn({ planId, kinds, preparation, readOnly }: StepLearnProps) {
  const saveNote = useNoteSaver(planId);
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-2 font-semibold text-slate-900">What you want to learn about the organisation</h3>
        <OwnGoals
          planId={planId}
          mySide="candidate"
          kinds={kinds}
          listLabel="What you want to learn about the organisation"
          emptyText="Nothing yet. What would help you understand whether this is a good match?"
          addLabel="Add something to learn"
          textLabel="What do you want to learn about the organisation?"
        />
      </div>
      <AutosaveNote
        label="What has held you back before?"
        hint="What stopped you reaching your goals in past roles, and what would this business need to offer to get past it? Your note saves when you leave the field."
        saved={{ text: preparation.heldBackNote, version: preparation.heldBackNoteVersion }}
        save={(text, expectedVersion) => saveNote(null, text, expectedVersion)}
        disabled={readOnly}
        rows={4}
      />
    </div>
  );
}
