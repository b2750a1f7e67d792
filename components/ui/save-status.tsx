import { cx } from "@/components/ui/cx";
import { CheckIcon } from "@/components/ui/icons";

export type SaveState = "idle" | "saving" | "saved" | "error";

/**
 * Says what happened to the last autosave. A polite live region, so a screen
 * reader hears "Saved" without losing its place; failures are shown by the caller.
 */
export function SaveStatus({ state, className }: { state: SaveState; className?: string }) {
  return (
    <span role="status" aria-live="polite" className={cx("inline-flex min-h-5 items-center gap-1 text-sm", className)}>
      {state === "saving" && <span className="text-slate-600">Saving…</span>}
      {state === "saved" && (
        <span className="inline-flex items-center gap-1 text-emerald-700">
          <CheckIcon className="size-3.5" />
          Saved
        </span>
      )}
      {state === "error" && <span className="font-medium text-red-700">Not saved</span>}
    </span>
  );
}
