import type { PlanStage } from "@/server/rules/enums";
import { cx } from "@/components/ui/cx";
import { STAGE_LABELS } from "@/server/rules/stages";
import { STAGES } from "./dashboard-state";

export interface StageFilterProps {
  value: PlanStage | null;
  onChange: (stage: PlanStage | null) => void;
}

const FILTERS: { stage: PlanStage | null; label: string }[] = [
  { stage: null, label: "All" },
  ...STAGES.map((stage) => ({ stage, label: STAGE_LABELS[stage] })),
];

/** One stage at a time, or all of them. */
export function StageFilter({ value, onChange }: StageFilterProps) {
  return (
    <div role="group" aria-label="Filter by stage" className="flex flex-wrap gap-2">
      {FILTERS.map((f) => {
        const active = f.stage === value;
        return (
          <button
            key={f.label}
            type="button"
            aria-pressed={active}
            onClick={() => !active && onChange(f.stage)}
            className={cx(
              "min-h-9 rounded-full border px-3.5 text-sm font-medium transition-colors",
              active
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-300 bg-white text-slate-700 hover:border-slate-400 hover:bg-slate-50",
            )}
          >
            {f.label}
          </button>
        );
      })}
    </div>
  );
}
