import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { currentSession } from "@/server/auth/current-session";

const points = [
  {
    title: "One shared plan",
    text: "The meeting, the people the candidate will meet and what the first interview settled, in one place both sides can see.",
  },
  {
    title: "The candidate prepares",
    text: "A short guided checklist helps the candidate arrive ready to challenge, not to ask a million questions.",
  },
  {
    title: "Both sides' goals",
    text: "Each side writes down what it wants out of the meeting, and chooses what the other side may see.",
  },
  {
    title: "Confirmed next steps",
    text: "After the meeting both sides confirm who does what, and by when. Nothing is agreed until both have said yes.",
  },
];

export default async function LandingPage() {
  if (await currentSession()) redirect("/dashboard");
  return (
    <div className="space-y-14">
      <section className="max-w-2xl">
        <p className="text-sm font-medium text-brand-700">For recruiters and the candidates they meet</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
          Make the second interview count.
        </h1>
        <p className="mt-4 text-lg text-slate-600">
          By the second round the basics are settled. Second Round gives recruiter and candidate one shared plan, so both
          sides test the fit, check what was said before, and leave with next steps they both agreed.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/sign-up">Create an organisation</ButtonLink>
          <ButtonLink href="/sign-in" variant="secondary">
            Sign in
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="how-it-works">
        <h2 id="how-it-works" className="text-xl font-semibold text-slate-900">
          How it works
        </h2>
        <ol className="mt-5 grid gap-4 sm:grid-cols-2">
          {points.map((point, index) => (
            <li key={point.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <p className="text-sm font-semibold text-brand-700" aria-hidden="true">
                {index + 1}
              </p>
              <h3 className="mt-1 font-semibold text-slate-900">{point.title}</h3>
              <p className="mt-2 text-sm text-slate-600">{point.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
