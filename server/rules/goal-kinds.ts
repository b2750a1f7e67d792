import { candidateGoalKinds, organisationGoalKinds, type GoalKind, type PlanSide } from "./enums";

/** Which kinds of goal each side writes (the article's five points): the form offers them, the commands refuse the others. */
export const GOAL_KINDS_OF: Record<PlanSide, readonly GoalKind[]> = {
  candidate: candidateGoalKinds,
  organisation: organisationGoalKinds,
};

export function isGoalKindOf(side: PlanSide, kind: GoalKind): boolean {
  return GOAL_KINDS_OF[side].includes(kind);
}
