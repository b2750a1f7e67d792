import type { Route } from "next";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { PlanConflict } from "./use-plan-save";

export interface PlanConflictViewProps {
  conflict: PlanConflict;
  planHref: Route;
  pending: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * A colleague saved the plan while this form was open. Nothing was saved and
 * the draft is still on screen; this says what they changed and offers to put
 * the user's edit on top of their version, or to take theirs.
 */
export function PlanConflictView({ conflict, planHref, pending, onReapply, onDiscard }: PlanConflictViewProps) {
  const both = conflict.changes.filter((c) => c.alsoMine);
  return (
    <Alert title="Someone else saved this plan while you were editing">
      <p>Your changes are not saved yet, and they are still in the form.</p>
      {conflict.changes.length > 0 ? (
        <>
          <p>They changed:</p>
          <ul aria-label="Changed by someone else" className="list-disc pl-5">
            {conflict.changes.map((change) => (
              <li key={change.field}>
                {change.label}
                {change.alsoMine && <span className="text-slate-600"> (you changed it too)</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>None of the fields you see changed; only the version moved on.</p>
      )}
      <p>
        “Re-apply my changes” saves what you changed on top of their version: fields you left alone keep their new values
        {both.length > 0 && ", and your value wins where you both changed a field"}.
      </p>
      <div className="flex flex-wrap gap-2 pt-1">
        <Button size="sm" onClick={onReapply} pending={pending} pendingLabel="Saving…">
          Re-apply my changes
        </Button>
        <Button size="sm" variant="secondary" onClick={onDiscard} disabled={pending}>
          Discard my changes
        </Button>
        <a href={planHref} target="_blank" rel="noopener" className={buttonClasses({ variant: "ghost", size: "sm" })}>
          Open their version in a new tab
        </a>
      </div>
    </Alert>
  );
}
