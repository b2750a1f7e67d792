import type { PlanSide } from "@/server/rules/enums";
import { sideNoun } from "@/server/rules/labels";
import { confirmedBy } from "@/server/rules/step-rules";
import { otherSide } from "@/server/rules/visibility";
import { TimeText } from "@/components/time";
import { CheckIcon, ClockIcon, DoubleCheckIcon } from "@/components/ui/icons";
import type { Step } from "./steps";

/** Who has confirmed, in plain words: "Confirmed by you · Waiting for the candidate", "Agreed by both". */
export function ConfirmationLine({ step, mySide }: { step: Step; mySide: PlanSide }) {
  const other = otherSide(mySide);
  const mine = confirmedBy(step, mySide);
  const theirs = confirmedBy(step, other);

  if (step.status === "done")
    return (
      <p className="flex items-center gap-1.5 text-emerald-800">
        <CheckIcon className="size-4 shrink-0" />
        Agreed by both and done{step.closedAt && <> · <TimeText date={step.closedAt} /></>}
      </p>
    );
  if (step.status === "dropped")
    return <p className="text-slate-600">Dropped{step.closedAt && <> · <TimeText date={step.closedAt} /></>}</p>;
  if (mine && theirs)
    return (
      <p className="flex items-center gap-1.5 font-medium text-emerald-800">
        <DoubleCheckIcon className="size-4 shrink-0" />
        Agreed by both
      </p>
    );
  if (mine)
    return (
      <p className="flex flex-wrap items-center gap-x-1.5 text-slate-700">
        <CheckIcon className="size-4 shrink-0 text-emerald-700" />
        <span>Confirmed by you</span>
        <span aria-hidden="true">·</span>
        <span className="inline-flex items-center gap-1 font-medium text-slate-900">
          <ClockIcon className="size-3.5" /> Waiting for {sideNoun(other)}
        </span>
      </p>
    );
  if (theirs)
    return (
      <p className="flex flex-wrap items-center gap-x-1.5 text-slate-700">
        <CheckIcon className="size-4 shrink-0 text-emerald-700" />
        <span>Confirmed by {sideNoun(other)}</span>
        <span aria-hidden="true">·</span>
        <span className="font-semibold text-amber-900">Waiting for your confirmation</span>
      </p>
    );
  return <p className="text-slate-700">Not confirmed yet by you or {sideNoun(other)}</p>;
}
