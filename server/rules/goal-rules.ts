import type { PlanSide, PlanStage } from "./enums";
import { MAX_GOALS_PER_SIDE } from "./limits";
import type { PlanRole } from "./plan-roles";
import { stepsAreOpen } from "./step-rules";

/** Who reads a goal list: their side, their role on it, and the interviewer they speak for (if any). */
export interface GoalReader {
  side: PlanSide;
  role: PlanRole;
  interviewerId: string | null;
}

/**
 * A goal is the reader's own when it is of their side; an interviewer owns
 * only the goals they wrote themselves (server/domain/goals.ts ownGoalSql
 * states it as SQL for the writes).
 */
export function ownsGoal(goal: { side: PlanSide; interviewerId: string | null }, reader: GoalReader): boolean {
  if (goal.side !== reader.side) return false;
  return reader.role !== "interviewer" || (reader.interviewerId !== null && goal.interviewerId === reader.interviewerId);
}

/**
 * What a side may do with goals (`stage`: as readers see it, effectiveStage).
 * Each side writes only its own goals, until the plan closes; outcomes are
 * marked in the debrief, after the meeting.
 */
export function canAddGoal(stage: PlanStage, ownGoals: number): boolean {
  return stage !== "closed" && ownGoals < MAX_GOALS_PER_SIDE;
}

type OwnedGoal = { side: PlanSide; interviewerId: string | null };

export function canEditGoal(goal: OwnedGoal, reader: GoalReader, stage: PlanStage): boolean {
  return ownsGoal(goal, reader) && stage !== "closed";
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

export function canMarkGoalOutcome(goal: OwnedGoal, reader: GoalReader, stage: PlanStage): boolean {
  return ownsGoal(goal, reader) && debriefIsOpen(stage);
}

export function goalFlagsFor(goal: OwnedGoal, reader: GoalReader, stage: PlanStage) {
  return { canEdit: canEditGoal(goal, reader, stage), canMarkOutcome: canMarkGoalOutcome(goal, reader, stage) };
}
