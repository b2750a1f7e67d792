import type { PlanStage } from "./enums";
import { isTimeToBePicked } from "./scheduling";

/**
 * Plan stages and the moves between them. Every write that changes a stage
 * asserts `canTransition` (server/domain/plan-stages.ts), so an impossible move is refused in one place.
 */
const transitions: Record<PlanStage, readonly PlanStage[]> = {
  // Shared by sending the invitation; closed when cancelled before it was sent.
  draft: ["shared", "closed"],
  // Back to draft when the invitation is revoked; preparing once the candidate accepts.
  shared: ["draft", "preparing", "debrief", "closed"],
  preparing: ["debrief", "closed"],
  debrief: ["next_steps_agreed", "closed"],
  // A new or edited step reopens the debrief until both sides agree again.
  next_steps_agreed: ["debrief", "closed"],
  closed: [],
};

export function canTransition(from: PlanStage, to: PlanStage): boolean {
  return transitions[from].includes(to);
}

export const STAGE_LABELS: Record<PlanStage, string> = {
  draft: "Draft",
  shared: "Shared",
  preparing: "Preparing",
  debrief: "Debrief",
  next_steps_agreed: "Next steps agreed",
  closed: "Closed",
};

/**
 * The stage as readers should see it: once the meeting has ended, a shared or
 * preparing plan is in debrief whether or not anyone has written since. A
 * meeting whose time is still to be picked has not taken place, whatever its
 * stored end says.
 */
export function effectiveStage(plan: { stage: PlanStage; endsAt: Date; timeToBePicked?: boolean }, now: Date): PlanStage {
  if ((plan.stage === "shared" || plan.stage === "preparing") && plan.endsAt <= now && !isTimeToBePicked(plan)) return "debrief";
  return plan.stage;
}

/** Stages in which the meeting is over: the debrief and next steps are open (or, when closed, readable). */
export function isAfterMeeting(stage: PlanStage): boolean {
  return stage === "debrief" || stage === "next_steps_agreed" || stage === "closed";
}
