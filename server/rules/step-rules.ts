import type { NextStep, PlanSide, PlanStage, StepOwner } from "@/db/schema";
import { MAX_STEPS_PER_PLAN } from "./limits";
import { otherSide } from "./visibility";

/**
 * The rules of one next step as pure functions: the commands assert with
 * them and the step view tells each side what they allow, so the page never
 * decides a rule of its own. No database import: safe for the browser.
 */

type Confirmations = Pick<NextStep, "candidateConfirmedAt" | "organisationConfirmedAt">;

export function confirmedBy(step: Confirmations, side: PlanSide): boolean {
  return (side === "candidate" ? step.candidateConfirmedAt : step.organisationConfirmedAt) !== null;
}

export function isAgreed(step: Confirmations): boolean {
  return confirmedBy(step, "candidate") && confirmedBy(step, "organisation");
}

/** The side that carries out a step: the candidate's own steps are theirs, everything else the organisation's. */
export function sideOwning(owner: StepOwner): PlanSide {
  return owner === "candidate" ? "candidate" : "organisation";
}

/**
 * How dropping the step would go for this side:
 * - "immediate": their own proposal the other side never agreed to, withdrawn at once;
 * - "request": it takes the other side's agreement, so dropping asks for it;
 * - "requested": they asked already and wait for the other side;
 * - "confirm_request": the other side asked; this side confirms (drops) or declines (keeps);
 * - "none": the step is no longer open.
 * Once both sides have confirmed any version (agreedOnceAt), no edit since makes it one side's to drop.
 */
export const stepDropModes = ["immediate", "request", "requested", "confirm_request", "none"] as const;
export type StepDropMode = (typeof stepDropModes)[number];

export function dropModeFor(
  step: Confirmations & Pick<NextStep, "status" | "proposedBySide" | "dropRequestedBySide" | "agreedOnceAt">,
  viewer: PlanSide,
): StepDropMode {
  if (step.status !== "open") return "none";
  if (step.dropRequestedBySide === viewer) return "requested";
  if (step.dropRequestedBySide !== null) return "confirm_request";
  const other = otherSide(viewer);
  const withdrawable = step.agreedOnceAt === null && step.proposedBySide === viewer && !confirmedBy(step, other);
  return withdrawable ? "immediate" : "request";
}

/** Next steps are agreed after the meeting and until the plan closes (`stage`: as readers see it, effectiveStage). */
export function stepsAreOpen(stage: PlanStage): boolean {
  return stage === "debrief" || stage === "next_steps_agreed";
}

export const STEPS_CLOSED_MESSAGE = "This plan is closed: its next steps can no longer change.";
export const STEPS_NOT_YET_MESSAGE = "Next steps are agreed after the meeting: they open once it has ended.";

/** Why steps cannot change now, or null when they can. */
export function stepsRefusal(stage: PlanStage): string | null {
  if (stage === "closed") return STEPS_CLOSED_MESSAGE;
  return stepsAreOpen(stage) ? null : STEPS_NOT_YET_MESSAGE;
}

/** Either side proposes, while steps are open and the plan has room for another. */
export function canProposeStep(stage: PlanStage, stepCount: number): boolean {
  return stepsAreOpen(stage) && stepCount < MAX_STEPS_PER_PLAN;
}

type StepState = Confirmations & Pick<NextStep, "status" | "owner" | "proposedBySide" | "dropRequestedBySide" | "agreedOnceAt">;

/** This side has not confirmed the open step yet (confirming again changes nothing). */
export function canConfirmStep(step: StepState, viewer: PlanSide, stage: PlanStage): boolean {
  return stepsAreOpen(stage) && step.status === "open" && !confirmedBy(step, viewer);
}

/** Either side may reword an open step; the other side's confirmation is then withdrawn. */
export function canEditStep(step: StepState, stage: PlanStage): boolean {
  return stepsAreOpen(stage) && step.status === "open";
}

/** Rewording a step withdraws the other side's confirmation, when they had given it (they agreed to something else). */
export function editWithdrawsConfirmation(step: Confirmations, editor: PlanSide): boolean {
  return confirmedBy(step, otherSide(editor));
}

/** Only the side that carries the step out marks it done, and only once both agreed to it. */
export function canMarkStepDone(step: StepState, viewer: PlanSide, stage: PlanStage): boolean {
  return stepsAreOpen(stage) && step.status === "open" && isAgreed(step) && sideOwning(step.owner) === viewer;
}

/** What the viewer may do with one step now: the step view carries it, the commands assert the same rules. */
/** A reader who takes no part in agreeing the steps (an interviewer). */
export const noStepActions = { canConfirm: false, canEdit: false, editWithdraws: false, canMarkDone: false, drop: "none" as StepDropMode };

export function stepFlagsFor(step: StepState, viewer: PlanSide, stage: PlanStage) {
  return {
    canConfirm: canConfirmStep(step, viewer, stage),
    canEdit: canEditStep(step, stage),
    editWithdraws: editWithdrawsConfirmation(step, viewer),
    canMarkDone: canMarkStepDone(step, viewer, stage),
    drop: stepsAreOpen(stage) ? dropModeFor(step, viewer) : ("none" as StepDropMode),
  };
}
