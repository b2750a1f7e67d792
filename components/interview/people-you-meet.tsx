import { ExternalIcon } from "./icons";
import type { CandidatePlan } from "./load-interview";

/** Point 1 of the article: who the candidate will meet, and what each wants to establish. */
export function PeopleYouMeet({ interviewers, headingLevel = 3 }: { interviewers: CandidatePlan["interviewers"]; headingLevel?: 3 | 4 }) {
  if (!interviewers.length) return <p className="text-sm text-slate-600">The recruiter hasn&apos;t added the people you&apos;re meeting yet.</p>;
  const H = `h${headingLevel}` as const;
  return (
    <ul aria-label="People you're meeting" className="grid gap-4 md:grid-cols-2">
      {interviewers.map((person) => (
        <li key={person.id} aria-label={person.name} className="rounded-lg border border-slate-200 bg-white p-4">
          <H className="font-semibold text-slate-900">{person.name}</H>
          {person.jobTitle && <p className="text-sm text-slate-600">{person.jobTitle}</p>}
          <PersonDetails person={person} />
        </li>
      ))}
    </ul>
  );
}

export function PersonDetails({ person }: { person: CandidatePlan["interviewers"][number] }) {
  return (
    <>
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
      {person.profileUrl && /^https?:\/\//i.test(person.profileUrl) && (
        <a
          href={person.profileUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-3 inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 underline decoration-brand-600/30 underline-offset-2 hover:decoration-brand-700"
        >
          {person.name}&apos;s profile
          <ExternalIcon className="size-3.5" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      )}
    </>
  );
}
