import type { PlanSide } from "@/server/rules/enums";
import { sideNoun } from "@/server/rules/labels";
import { otherSide } from "@/server/rules/visibility";
import { LocalDateTime } from "@/components/time";
import { ClockIcon, DoubleCheckIcon } from "@/components/ui/icons";
import type { Step } from "./steps";

interface AgreementBannerProps {
  steps: Step[];
  stepsAgreedAt: Date | null;
  mySide: PlanSide;
  readOnly: boolean;
}

function Body({ steps, stepsAgreedAt, mySide, readOnly }: AgreementBannerProps) {
  const live = steps.filter((s) => s.status !== "dropped");
  const waiting = steps.filter((s) => s.status === "open" && !s.agreed);
  const forMe = waiting.filter((s) => s.canConfirm).length;

  if (!live.length)
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        <p className="font-semibold text-slate-900">{readOnly ? "No next steps were agreed" : "No next steps yet"}</p>
        {!readOnly && <p className="mt-0.5">Propose what should happen next: who does what, by when. A step counts once both sides confirm it.</p>}
      </div>
    );
  if (stepsAgreedAt && !waiting.length)
    return (
      <div className="flex gap-3 rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">
        <DoubleCheckIcon className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-semibold">
            Next steps agreed by both on <LocalDateTime date={stepsAgreedAt} />
          </p>
          <p className="mt-0.5 text-sm">
            {readOnly
              ? "Both sides confirmed every open step before the plan closed."
              : "Both sides have confirmed every open step. Any change asks the other side to confirm again."}
          </p>
        </div>
      </div>
    );
  if (readOnly)
    return (
      <div className="flex gap-3 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-slate-800">
        <ClockIcon className="mt-0.5 size-5 shrink-0" />
        <p className="font-semibold">
          {waiting.length === 1 ? "1 step was" : `${waiting.length} steps were`} still waiting for confirmation when the plan closed
        </p>
      </div>
    );
  return (
    <div className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <ClockIcon className="mt-0.5 size-5 shrink-0" />
      <div>
        <p className="font-semibold">{waiting.length === 1 ? "1 step waiting for confirmation" : `${waiting.length} steps waiting for confirmation`}</p>
        <p className="mt-0.5 text-sm">
          {forMe
            ? `${forMe === 1 ? "One needs" : `${forMe} need`} your confirmation.`
            : `You have confirmed yours: waiting for ${sideNoun(otherSide(mySide))}.`}{" "}
          Next steps are agreed when both sides have confirmed every open step.
        </p>
      </div>
    </div>
  );
}

/** The plan's state in one line: agreed by both since…, or how many steps still wait for a confirmation. */
export function AgreementBanner(props: AgreementBannerProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      <Body {...props} />
    </div>
  );
}
