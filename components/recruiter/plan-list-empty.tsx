import type { Route } from "next";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon } from "@/components/ui/icons";
import { STAGE_LABELS } from "@/server/rules/stages";
import type { ListState } from "./dashboard-state";
import { newPlanPath } from "@/server/rules/plan-urls";

export interface PlanListEmptyProps {
  state: ListState;
  /** Plans exist, only not on this page (its plans were removed since the link was made). */
  total: number;
  go: (patch: Partial<ListState>) => void;
}

/** Why the list is empty, and the one thing to do about it. */
export function PlanListEmpty({ state, total, go }: PlanListEmptyProps) {
  if (total > 0)
    return (
      <EmptyState
        title="This page is empty"
        action={
          <Button variant="secondary" onClick={() => go({ cursor: null })}>
            Go to the first page
          </Button>
        }
      />
    );
  if (state.stage || state.q)
    return (
      <EmptyState
        title="No plans match"
        action={
          <Button variant="secondary" onClick={() => go({ stage: null, q: "", cursor: null })}>
            Clear search and filters
          </Button>
        }
      >
        {state.q ? (
          <>
            Nothing{state.stage ? ` in ${STAGE_LABELS[state.stage].toLowerCase()}` : ""} matches “{state.q}”. Search looks at
            candidate names, role titles and companies.
          </>
        ) : (
          <>No plans are at the {STAGE_LABELS[state.stage!].toLowerCase()} stage right now.</>
        )}
      </EmptyState>
    );
  return (
    <EmptyState
      title="No second interviews yet"
      action={
        <ButtonLink href={newPlanPath() as Route}>
          <PlusIcon />
          New plan
        </ButtonLink>
      }
    >
      A plan describes the meeting, the people the candidate will meet and what the first interview settled. You share it
      with the candidate when it is ready.
    </EmptyState>
  );
}
