"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { useTRPC } from "@/components/trpc";
import { FEEDBACK_QUESTION_LABEL, FEEDBACK_QUESTIONS } from "@/server/rules/feedback";
import { FeedbackForm } from "./feedback-form";

const sectionClasses = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

/**
 * The candidate's rating of a closed plan: the form while the server says
 * they may send it, then their thanks with what they gave.
 */
export function FeedbackPanel({ planId }: { planId: string }) {
  // Prefetched with a closed plan's page; a plan closed while the page is open loads it here, without holding up the rest.
  return (
    <Suspense fallback={<p className="text-sm text-slate-600">Loading your feedback…</p>}>
      <FeedbackSection planId={planId} />
    </Suspense>
  );
}

function FeedbackSection({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.feedback.mine.queryOptions({ planId }));
  const { given } = data;
  return (
    <section aria-labelledby="feedback-heading" className={sectionClasses}>
      <h2 id="feedback-heading" className="text-lg font-semibold text-slate-900">
        {given ? "Thank you for your feedback" : "How did it go?"}
      </h2>
      {given ? (
        <div role="status">
          <p className="mt-1 text-sm text-slate-600">
            {given.showName ? "The organisation sees it with your name." : "The organisation sees it without your name."}
          </p>
          <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-3">
            {FEEDBACK_QUESTIONS.map((q) => (
              <div key={q} className="rounded-lg bg-slate-50 px-3 py-2">
                <dt className="text-slate-600">{FEEDBACK_QUESTION_LABEL[q]}</dt>
                <dd className="font-semibold text-slate-900">{given[q]} out of 5</dd>
              </div>
            ))}
          </dl>
          {given.comment && <p className="mt-3 text-sm break-words whitespace-pre-line text-slate-800">“{given.comment}”</p>}
        </div>
      ) : data.canSubmit ? (
        <>
          <p className="mt-1 mb-4 text-sm text-slate-600">Rate this second interview once: it helps the organisation run the next one better.</p>
          <FeedbackForm planId={planId} />
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{data.refusal}</p>
      )}
    </section>
  );
}
