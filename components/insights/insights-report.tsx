import type { RouterOutputs } from "@/components/api-types";
import { planStages } from "@/server/rules/enums";
import { FEEDBACK_QUESTION_SHORT_LABEL, FEEDBACK_QUESTIONS, RATING_VALUES } from "@/server/rules/feedback";
import { formatAverage, formatDuration, formatShare, OUTCOME_KEY_LABEL, OUTCOME_KEYS } from "@/server/rules/insights-labels";
import { STAGE_LABELS } from "@/server/rules/stages";
import { CountTable } from "./count-table";
import { CountChart } from "./insights-charts";

type Insights = RouterOutputs["insights"]["get"];

const cardClasses = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className={cardClasses}>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums">{value}</dd>
      <dd className="mt-1 text-sm text-slate-600">{detail}</dd>
    </div>
  );
}

/** The organisation's insights over the period: headline figures, charts each with its table, ratings and the latest comments. */
export function InsightsReport({ insights }: { insights: Insights }) {
  const { preparation, agreement, interviewers, ratings } = insights;
  const stages = planStages.map((s) => ({ label: STAGE_LABELS[s], value: insights.byStage[s] }));
  const outcomes = OUTCOME_KEYS.map((k) => ({ label: OUTCOME_KEY_LABEL[k], value: insights.byOutcome[k] }));
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Figure label="Plans" value={String(insights.plans)} detail={preparation.held === 1 ? "1 meeting held" : `${preparation.held} meetings held`} />
        <Figure
          label="Candidates prepared"
          value={formatShare(preparation.share)}
          detail={`${preparation.prepared} of ${preparation.held} completed every preparation step before the meeting`}
        />
        <Figure
          label="Median time to agreed next steps"
          value={formatDuration(agreement.medianSeconds)}
          detail={`from the meeting's end, over ${agreement.agreed} plans agreed by both sides`}
        />
        <Figure
          label="Agreed within 48 hours"
          value={formatShare(agreement.share48Hours)}
          detail={`${agreement.within48Hours} of ${agreement.decided} plans whose 48 hours are over or that are agreed`}
        />
        <Figure
          label="Interviewers prepared"
          value={formatShare(interviewers.share)}
          detail={`${interviewers.prepared} of ${interviewers.joined} joined interviewers wrote a goal before the meeting`}
        />
        <Figure label="Candidate ratings" value={String(ratings.count)} detail={`Overall average ${formatAverage(ratings.averages.overall)} out of 5`} />
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="by-stage-heading" className={cardClasses}>
          <h2 id="by-stage-heading" className="text-lg font-semibold text-slate-900">
            Plans by stage
          </h2>
          <CountChart bars={stages} />
          <CountTable caption="Stage" bars={stages} />
        </section>
        <section aria-labelledby="by-outcome-heading" className={cardClasses}>
          <h2 id="by-outcome-heading" className="text-lg font-semibold text-slate-900">
            Closed plans by outcome
          </h2>
          <CountChart bars={outcomes} />
          <CountTable caption="Outcome" bars={outcomes} />
        </section>
      </div>

      <section aria-labelledby="ratings-heading" className={cardClasses}>
        <h2 id="ratings-heading" className="text-lg font-semibold text-slate-900">
          Candidate ratings
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {ratings.count === 1 ? "1 candidate rated" : `${ratings.count} candidates rated`} their second interview, each question from 1 to 5.
        </p>
        <div className="mt-4 grid gap-6 lg:grid-cols-3">
          {FEEDBACK_QUESTIONS.map((q) => {
            const bars = RATING_VALUES.map((v, i) => ({ label: String(v), value: ratings.distribution[q][i] ?? 0 }));
            return (
              <div key={q}>
                <h3 className="text-base font-semibold text-slate-900">{FEEDBACK_QUESTION_SHORT_LABEL[q]}</h3>
                <p className="text-sm text-slate-600">Average {formatAverage(ratings.averages[q])} out of 5</p>
                <CountChart bars={bars} />
                <CountTable caption="Rating" unit="Candidates" bars={bars} />
              </div>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="comments-heading" className={cardClasses}>
        <h2 id="comments-heading" className="text-lg font-semibold text-slate-900">
          Latest comments
        </h2>
        {insights.comments.length ? (
          <ul className="mt-4 space-y-3">
            {insights.comments.map((c, i) => (
              <li key={i} className="rounded-lg bg-slate-50 p-3 text-sm">
                <p className="break-words whitespace-pre-line text-slate-900">“{c.comment}”</p>
                <p className="mt-1 text-slate-600">
                  {c.name} · {c.givenOn} · overall {c.ratings.overall} of 5
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No comments in this period.</p>
        )}
      </section>
    </div>
  );
}
