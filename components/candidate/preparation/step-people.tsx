"use client";

import type { RouterOutputs } from "@/components/api-types";
import { AutosaveNote } from "../autosave-note";
import { PersonCard } from "../people-you-meet";
import { useNoteSaver, type Preparation } from "./use-preparation";

type Interviewer = RouterOutputs["interview"]["get"]["interviewers"][number];

interface StepPeopleProps {
  planId: string;
  interviewers: Interviewer[];
  notes: Preparation["interviewerNotes"];
  readOnly: boolean;
}

/** Step 1: each person the candidate meets, with a private note on them. */
export function StepPeople({ planId, interviewers, notes, readOnly }: StepPeopleProps) {
  const saveNote = useNoteSaver(planId);
  if (!interviewers.length)
    return <p className="text-sm text-slate-600">The recruiter hasn&apos;t added the people you&apos;re meeting yet. Check back later.</p>;
  return (
    <ul aria-label="People you're meeting" className="space-y-4">
      {interviewers.map((person) => {
        const note = notes.find((n) => n.interviewerId === person.id);
        return (
          <PersonCard key={person.id} person={person}>
            <div className="mt-4">
              <AutosaveNote
                label={`Your notes on ${person.name}`}
                hint="What do you know about them, and what will you ask them? Your note saves when you leave the field."
                saved={{ text: note?.text ?? "", version: note?.version ?? null }}
                save={(text, expectedVersion) => saveNote(person.id, text, expectedVersion)}
                disabled={readOnly}
              />
            </div>
          </PersonCard>
        );
      })}
    </ul>
  );
}
