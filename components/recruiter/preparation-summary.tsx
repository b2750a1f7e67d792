import { PREPARATION_STEP_COUNT, preparationNotStarted, preparationText } from "@/server/rules/preparation";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import type { RecruiterPlan } from "./plan-form-state";

export interface PreparationSummaryProps {
  plan: Pick<RecruiterPlan, "preparation" | "stage" | "invitation" | "allowed">;
}

function description({ plan }: PreparationSummaryProps): string {
  const { allowed } = plan;
  if (!allowed.write) return "Where the candidate's preparation stood when the plan closed.";
  if (allowed.share) return "The candidate can start preparing once you share the plan.";
  if (plan.invitation?.status !== "accepted") return "The candidate hasn't opened their invitation yet.";
  return "You see the candidate's progress, never their private notes or private goals.";
}

/** Counts only: what the candidate wrote while preparing is theirs, and never reaches this page. */
export function PreparationSummary(props: PreparationSummaryProps) {
  const { preparation: p, stage } = props.plan;
  const notStarted = preparationNotStarted(p, stage);
  return (
    <Card title="Candidate preparation" description={description(props)}>
      <p className={cx("font-medium", notStarted ? "text-slate-700" : "text-lg text-slate-900")}>
        {preparationText(p, stage, { long: true })}
      </p>
      {!notStarted && (
        <div
          role="progressbar"
          aria-label="Preparation steps done"
          aria-valuemin={0}
          aria-valuemax={PREPARATION_STEP_COUNT}
          aria-valuenow={p.stepsDone}
          aria-valuetext={`${p.stepsDone} of ${PREPARATION_STEP_COUNT} steps`}
          className="mt-3 h-2 max-w-md overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${(p.stepsDone / PREPARATION_STEP_COUNT) * 100}%` }} />
        </div>
      )}
      <p className="mt-3 text-sm text-slate-600">
        The five steps follow the article: know who you&apos;re meeting, what you want to establish, what you want to learn,
        what you must know before you leave, and what the interviewer wants.
      </p>
    </Card>
  );
}
