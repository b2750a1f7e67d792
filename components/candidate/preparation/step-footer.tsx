"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { SaveStatus } from "@/components/ui/save-status";

interface StepFooterProps {
  isDone: boolean;
  readOnly: boolean;
  saving: boolean;
  error?: string;
  onToggle: (done: boolean) => void;
  onNext?: () => void;
}

/** "Mark this step done" with its save state, and the way on to the next step. */
export function StepFooter({ isDone, readOnly, saving, error, onToggle, onNext }: StepFooterProps) {
  const id = useId();
  return (
    <div className="mt-6 space-y-3 border-t border-slate-100 pt-4">
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-3">
          <label
            htmlFor={id}
            className={cx(
              "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border px-4 text-sm font-medium sm:min-h-10",
              isDone ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
              readOnly && "cursor-not-allowed opacity-70",
            )}
          >
            <input id={id} type="checkbox" className="size-4 accent-emerald-600" checked={isDone} disabled={readOnly} onChange={(e) => onToggle(e.target.checked)} />
            Mark this step done
          </label>
          <SaveStatus state={saving ? "saving" : error ? "error" : "idle"} />
        </div>
        {onNext && (
          <Button variant="ghost" onClick={onNext}>
            Next step <span aria-hidden="true">→</span>
          </Button>
        )}
      </div>
    </div>
  );
}
