import type { GoalOutcome } from "@/server/rules/enums";
import { GOAL_OUTCOMES, GOAL_OUTCOME_LABEL } from "@/server/rules/labels";
import { cx } from "@/components/ui/cx";
import { CheckIcon } from "@/components/ui/icons";
import { OUTCOME_TONE } from "./outcome-badge";

interface OutcomeChoiceProps {
  name: string;
  goalText: string;
  value: GoalOutcome | null;
  onChange: (outcome: GoalOutcome) => void;
}

/** Achieved / partly / not achieved as one radio group; choosing saves at once (the caller's onChange). */
export function OutcomeChoice({ name, goalText, value, onChange }: OutcomeChoiceProps) {
  return (
    <fieldset className="mt-3">
      <legend className="sr-only">Outcome of “{goalText}”</legend>
      <div className="grid grid-cols-3 gap-1 rounded-lg bg-slate-100 p-1 sm:inline-grid sm:w-auto">
        {GOAL_OUTCOMES.map((outcome) => (
          <label
            key={outcome}
            className={cx(
              "relative flex min-h-10 cursor-pointer items-center justify-center rounded-md px-1 text-center text-[13px] leading-tight font-medium whitespace-nowrap transition-colors sm:px-4 sm:text-sm",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              value === outcome ? cx("shadow-sm ring-1", OUTCOME_TONE[outcome]) : "text-slate-700 hover:bg-white/70",
            )}
          >
            <input type="radio" name={name} value={outcome} checked={value === outcome} onChange={() => onChange(outcome)} className="sr-only" />
            {value === outcome && <CheckIcon className="mr-1 size-3.5 max-sm:hidden" />}
            {GOAL_OUTCOME_LABEL[outcome]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
