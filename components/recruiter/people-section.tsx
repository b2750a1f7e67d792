import type { Route } from "next";
import { PersonCard } from "@/components/candidate/people-you-meet";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { RecruiterPlan } from "./plan-form-state";

export interface PeopleSectionProps {
  interviewers: RecruiterPlan["interviewers"];
  /** Where to add people; null when the plan can no longer be edited. */
  editHref: Route | null;
}

export function PeopleSection({ interviewers, editHref }: PeopleSectionProps) {
  return (
    <Card title="People you're meeting" description="What the candidate sees about each interviewer.">
      {interviewers.length === 0 ? (
        <p className="text-sm text-slate-600">
          No interviewers yet.{" "}
          {editHref && <TextLink href={editHref}>Add the people the candidate will meet</TextLink>}
        </p>
      ) : (
        <ol aria-label="Interviewers" className="grid gap-4 md:grid-cols-2">
          {interviewers.map((person) => (
            <PersonCard key={person.id} person={person} />
          ))}
        </ol>
      )}
    </Card>
  );
}
