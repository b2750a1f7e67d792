import type { Route } from "next";
import Link from "next/link";
import type { RouterOutputs } from "@/components/api-types";
import { ListMeetingTime } from "@/components/meeting-time";
import { StageBadge } from "@/components/stage-badge";
import { cx } from "@/components/ui/cx";
import { FORMAT_LABEL } from "@/server/rules/labels";
import { preparationText } from "@/server/rules/preparation";
import { planPath } from "@/server/rules/plan-urls";

export interface PlanRowProps {
  plan: RouterOutputs["plan"]["list"]["items"][number];
}

/** One plan of the list: the whole card links to it. */
export function PlanRow({ plan }: PlanRowProps) {
  const prep = preparationText(plan.preparation, plan.stage);
  return (
    <li className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors focus-within:border-brand-600 hover:border-slate-300 sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-slate-900">
            {/* The whole card is the link's target; the name alone is what a screen reader announces. */}
            <Link
              href={planPath(plan.id) as Route}
              className="break-words outline-none after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-brand-700 focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-brand-600"
            >
              {plan.candidateName}
            </Link>
          </h2>
          <p className="mt-0.5 text-sm break-words text-slate-700">
            {plan.roleTitle} · {plan.hiringCompany}
          </p>
        </div>
        <StageBadge stage={plan.stage} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <div className="flex min-w-0 gap-1.5">
          <dt className="sr-only">Meeting</dt>
          <dd className="min-w-0 text-slate-700">
            <span className="text-slate-500">{FORMAT_LABEL[plan.format]} · </span>
            {plan.timeToBePicked ? <span>Time to be picked by the candidate</span> : <ListMeetingTime startsAt={plan.startsAt} timeZone={plan.timeZone} />}
          </dd>
        </div>
        <div className="flex min-w-0 gap-1.5 sm:justify-end">
          <dt className="text-slate-500">Preparation:</dt>
          <dd className={cx(plan.preparation.itemsToRevisit > 0 ? "text-amber-800" : "text-slate-700")}>{prep}</dd>
        </div>
      </dl>
    </li>
  );
}
