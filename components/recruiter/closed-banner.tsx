import { LocalDay } from "@/components/time";

export interface ClosedBannerProps {
  cancelledAt: Date | null;
}

/** The page's banner for a closed plan: readable, no longer editable. */
export function ClosedBanner({ cancelledAt }: ClosedBannerProps) {
  return (
    <div role="status" className="mb-6 flex gap-3 rounded-xl border border-slate-300 bg-slate-100 px-4 py-4 text-slate-800 sm:px-5">
      <span aria-hidden="true" className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-slate-600 text-xs font-bold text-white">
        ✕
      </span>
      <div className="text-sm">
        <p className="font-semibold text-slate-900">
          {cancelledAt ? "This meeting was cancelled" : "This plan is closed"}
        </p>
        <p className="mt-1">
          {cancelledAt ? (
            <>
              Cancelled on <LocalDay date={cancelledAt} />.{" "}
            </>
          ) : null}
          Everything stays readable here, but the plan can no longer be edited or shared.
        </p>
      </div>
    </div>
  );
}
