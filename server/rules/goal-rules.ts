import type { PlanSide, PlanStage } from "./enums";
import { MAX_GOALS_PER_SIDE } from "./limits";
import { stepsAreOpen } from "./step-rules";

/**
 * What a side may do with goals (`stage`: as readers see it, effectiveStage).
 * Each side writes only its own goals, until the plan closes; outcomes are
 * marked in the debrief, after the meeting.
 */
export function canAddGoal(stage: PlanStage, ownGoals: number): boolean {
  return stage !== "closed" && ownGoals < MAX_GOALS_PER_SIDE;
}

export function canEditGoal(goal: { side: PlanSide }, viewer: PlanSide, stage: PlanStage): boolean {
  return goal.side === viewer && stage !== "closed";
}

/** The debrief is open exactly while next steps are: after the meeting, before the plan closes. */
export function debriefIsOpen(stage: PlanStage): boolean {
  return stepsAreOpen(stage);
}

export const DEBRIEF_CLOSED_MESSAGE = "This plan is closed: the debrief can be read but no longer changed.";
export const DEBRIEF_NOT_YET_MESSAGE = "The debrief opens once the meeting has ended.";

/** Why outcomes cannot be marked now, or null when they can. */
export function debriefRefusal(stage: PlanStage): string | null {
  if (stage === "closed") return DEBRIEF_CLOSED_MESSAGE;
  return debriefIsOpen(stage) ? null : DEBRIEF_NOT_YET_MESSAGE;
}

export function canMarkGoalOutcome(goal: { side: PlanSide }, viewer: PlanSide, stage: PlanStage): boolean {
  return goal.side === viewer && debriefIsOpen(stage);
}

export function goalFlagsFor(goal: { side: PlanSide }, viewer: PlanSide, stage: PlanStage) {
  return { canEdit: canEditGoal(goal, viewer, stage), canMarkOutcome: canMarkGoalOutcome(goal, viewer, stage) };
}
