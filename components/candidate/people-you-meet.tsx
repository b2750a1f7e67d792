import type { ReactNode } from "react";
import { ExternalLink, isWebLink } from "@/components/ui/external-link";

interface Person {
  id: string;
  name: string;
  jobTitle: string;
  background: string;
  wantsToEstablish: string;
  profileUrl: string | null;
}

/** One interviewer as the candidate sees them; the recruiter's plan page shows the same card. */
export function PersonCard({ person, children }: { person: Person; children?: ReactNode }) {
  return (
    <li aria-label={person.name} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold break-words text-slate-900">{person.name}</h3>
      {person.jobTitle && <p className="text-sm break-words text-slate-600">{person.jobTitle}</p>}
      {(person.background || person.wantsToEstablish) && (
        <dl className="mt-3 space-y-3 text-sm">
          {person.background && (
            <div>
              <dt className="font-medium text-slate-800">Background</dt>
              <dd className="mt-0.5 break-words whitespace-pre-line text-slate-700">{person.background}</dd>
            </div>
          )}
          {person.wantsToEstablish && (
            <div>
              <dt className="font-medium text-slate-800">Wants to establish</dt>
              <dd className="mt-0.5 break-words whitespace-pre-line text-slate-700">{person.wantsToEstablish}</dd>
            </div>
          )}
        </dl>
      )}
      {person.profileUrl && isWebLink(person.profileUrl) && (
        <p className="mt-3 text-sm">
          <ExternalLink href={person.profileUrl}>{person.name}&apos;s profile</ExternalLink>
        </p>
      )}
      {children}
    </li>
  );
}

/** Point 1 of the article: who the candidate will meet, and what each wants to establish. */
export function PeopleYouMeet({ interviewers }: { interviewers: Person[] }) {
  if (!interviewers.length) return <p className="text-sm text-slate-600">The recruiter hasn&apos;t added the people you&apos;re meeting yet.</p>;
  return (
    <ul aria-label="People you're meeting" className="grid gap-4 md:grid-cols-2">
      {interviewers.map((person) => (
        <PersonCard key={person.id} person={person} />
      ))}
    </ul>
  );
}
