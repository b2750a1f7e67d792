import { useId } from "react";
import { LocalDateTime } from "@/components/time";
import { LockIcon } from "@/components/ui/icons";

/** Before the meeting: next steps are not open yet, and open when it ends (`endsAt` null: its time is still to be picked). */
export function NextStepsNotOpen({ endsAt }: { endsAt: Date | null }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Next steps
      </h2>
      <p className="mt-1 flex items-start gap-2 text-sm text-slate-600">
        <LockIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
        <span>
          <span className="font-medium text-slate-800">Next steps open after the meeting</span>{" "}
          {endsAt ? (
            <>
              (it ends <LocalDateTime date={endsAt} />).
            </>
          ) : (
            "(its time is still to be picked)."
          )}
          Then each side marks its goals, and both agree who does what next.
        </span>
      </p>
    </section>
  );
}
