import type { PlanStage } from "@/server/rules/enums";
import { plural } from "@/server/rules/format";

/** The article's five preparation points, as steps the candidate ticks off. */
export const PREPARATION_STEP_COUNT = 5;

export interface PreparationCounts {
  stepsDone: number;
  sharedGoals: number;
  itemsToRevisit: number;
}

/** True while the candidate has done nothing yet on a plan they haven't opened (or can't see). */
export function preparationNotStarted(p: PreparationCounts, stage: PlanStage): boolean {
  return p.stepsDone === 0 && p.sharedGoals === 0 && (stage === "draft" || stage === "shared");
}

/**
 * "4 of 5 steps · 6 shared goals · 2 to revisit"; "Not started" before the
 * candidate has done anything (items to revisit can exist already: the recruiter may flag them).
 */
export function preparationText(p: PreparationCounts, stage: PlanStage, { long = false } = {}): string {
  const parts = preparationNotStarted(p, stage)
    ? ["Not started"]
    : [`${p.stepsDone} of ${PREPARATION_STEP_COUNT} steps`, plural(p.sharedGoals, "shared goal")];
  if (p.itemsToRevisit > 0) parts.push(long ? `${plural(p.itemsToRevisit, "item")} to revisit` : `${p.itemsToRevisit} to revisit`);
  return parts.join(" · ");
}
