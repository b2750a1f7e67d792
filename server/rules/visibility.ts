import type { PlanSide, Visibility } from "./enums";
import type { PlanRole } from "./plan-roles";

/**
 * The one rule of visibility, for rows already loaded; server/domain/visibility.ts
 * states it as SQL so a read path never even loads the other side's private rows.
 * `viewer` is the side the reader reads as (sideOfRole): an interviewer reads as
 * the organisation, so the recruiters' private goals are theirs to read and the
 * candidate's private content never is.
 */
export function isVisibleTo(viewer: PlanSide, row: { side: PlanSide; visibility: Visibility }): boolean {
  return row.side === viewer || row.visibility === "shared";
}

/**
 * The internal note is the organisation's own: its members read it, an
 * interviewer only once the recruiter shared it with the interviewers
 * (plans.interviewersSeeInternalNote), the candidate never.
 */
export function internalNoteVisibleTo(role: PlanRole, plan: { interviewersSeeInternalNote: boolean }): boolean {
  switch (role) {
    case "recruiter":
      return true;
    case "interviewer":
      return plan.interviewersSeeInternalNote;
    case "candidate":
      return false;
  }
}

export function otherSide(side: PlanSide): PlanSide {
  return side === "candidate" ? "organisation" : "candidate";
}
