import type { ReactNode } from "react";
import { Button } from "./button";

export interface ConflictRow {
  label: string;
  latest: ReactNode;
  mine: ReactNode;
}

interface ConflictNoticeProps {
  /** What was being edited, e.g. "this step". */
  what: string;
  /** Where the latest version and the user's draft differ. */
  rows: ConflictRow[];
  /** False while the latest version is still on its way. */
  ready: boolean;
  pending?: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * Shown when a save was refused because someone else saved first: what the
 * record says now next to what this user wrote, and one click to apply their
 * edit on top of the latest version, or to let it go.
 */
export function ConflictNotice({ what, rows, ready, pending, onReapply, onDiscard }: ConflictNoticeProps) {
  return (
    <div role="alert" aria-label="Changed meanwhile" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <div>
        <p className="font-semibold">Someone else changed {what} while you were editing</p>
        <p className="mt-0.5">Your changes are kept. Apply them on top of the latest version, or discard them.</p>
      </div>
      {!ready ? (
        <p role="status">Loading the latest version…</p>
      ) : (
        rows.length > 0 && (
          <dl className="space-y-2">
            {rows.map((row) => (
              <div key={row.label} className="rounded-md bg-white/80 p-2">
                <dt className="font-medium text-slate-900">{row.label}</dt>
                <dd className="mt-1 grid gap-1 sm:grid-cols-2">
                  <span className="break-words">
                    <span className="font-medium text-slate-600">Now: </span>
                    {row.latest}
                  </span>
                  <span className="break-words">
                    <span className="font-medium text-slate-600">Yours: </span>
                    {row.mine}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        )
      )}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={!ready} pending={pending} pendingLabel="Saving…" onClick={onReapply}>
          Apply my changes to the latest version
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={onDiscard}>
          Discard my changes
        </Button>
      </div>
    </div>
  );
}
