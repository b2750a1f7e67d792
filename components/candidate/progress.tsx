import { PREPARATION_STEP_COUNT } from "@/server/rules/preparation";
import { cx } from "@/components/ui/cx";

/** "3 of 5 steps done" with a bar; the text is what screen readers hear. */
export function StepProgress({ done, className, tone = "brand" }: { done: number; className?: string; tone?: "brand" | "light" }) {
  const label = `${done} of ${PREPARATION_STEP_COUNT} steps done`;
  return (
    <div className={className}>
      <p className={cx("text-sm font-semibold", tone === "light" ? "text-white" : "text-slate-900")}>{label}</p>
      <div
        role="progressbar"
        aria-label="Preparation progress"
        aria-valuemin={0}
        aria-valuemax={PREPARATION_STEP_COUNT}
        aria-valuenow={done}
        aria-valuetext={label}
        className={cx("mt-2 h-2 overflow-hidden rounded-full", tone === "light" ? "bg-white/25" : "bg-slate-200")}
      >
        <div
          className={cx("h-full rounded-full transition-[width]", tone === "light" ? "bg-white" : "bg-brand-600")}
          style={{ width: `${(done / PREPARATION_STEP_COUNT) * 100}%` }}
        />
      </div>
    </div>
  );
}
