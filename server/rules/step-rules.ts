import type { NextStep, PlanSide, StepOwner } from "@/db/schema";

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
export type StepDropMode = "immediate" | "request" | "requested" | "confirm_request" | "none";

export function dropModeFor(
  step: Confirmations & Pick<NextStep, "status" | "proposedBySide" | "dropRequestedBySide" | "agreedOnceAt">,
  viewer: PlanSide,
): StepDropMode {
  if (step.status !== "open") return "none";
  if (step.dropRequestedBySide === viewer) return "requested";
  if (step.dropRequestedBySide !== null) return "confirm_request";
  const other: PlanSide = viewer === "candidate" ? "organisation" : "candidate";
  const withdrawable = step.agreedOnceAt === null && step.proposedBySide === viewer && !confirmedBy(step, other);
  return withdrawable ? "immediate" : "request";
}
