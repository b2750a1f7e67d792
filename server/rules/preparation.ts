import type { GoalKind, PlanStage } from "@/server/rules/enums";
import { plural } from "@/server/rules/format";

/**
 * The article's five preparation points, as steps the candidate ticks off:
 * what each asks, in plain words, and which of the candidate's own goal kinds
 * it collects (step 5 reads the organisation's shared goals instead).
 */
export const PREPARATION_STEPS = [
  {
    step: 1,
    title: "Know the people you're meeting",
    explain: "Their background, their motives for this meeting and what they want to establish: everything else builds on this.",
    goalKinds: [],
  },
  {
    step: 2,
    title: "What you want to establish, and your doubts",
    explain:
      "Decide what this meeting must settle for you and name your doubts about the business, so you can check it fits where your career is going.",
    goalKinds: ["establish", "doubt"],
  },
  {
    step: 3,
    title: "What else you want to know, and what has held you back",
    explain: "What else would help you judge the match? And what stopped you reaching your goals before: does this business let you get past it?",
    goalKinds: ["learn"],
  },
  {
    step: 4,
    title: "What you must know before you leave",
    explain: "Too many people walk out of a second interview with millions of questions. List what must be answered by the end.",
    goalKinds: ["must_know"],
  },
  {
    step: 5,
    title: "What the interviewer wants to achieve",
    explain: "Know their goals before you walk in, so you both leave agreeing on what the next steps look like.",
    goalKinds: [],
  },
] as const satisfies readonly { step: number; title: string; explain: string; goalKinds: readonly GoalKind[] }[];

export type PreparationStep = (typeof PREPARATION_STEPS)[number]["step"];
export const PREPARATION_STEP_NUMBERS: readonly PreparationStep[] = PREPARATION_STEPS.map((s) => s.step);
export const PREPARATION_STEP_COUNT = PREPARATION_STEPS.length;

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
