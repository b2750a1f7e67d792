import type { PlanSide, Visibility } from "./enums";

/**
 * The one rule of visibility, for rows already loaded; server/domain/visibility.ts
 * states it as SQL so a read path never even loads the other side's private rows.
 */
export function isVisibleTo(viewer: PlanSide, row: { side: PlanSide; visibility: Visibility }): boolean {
  return row.side === viewer || row.visibility === "shared";
}

export function otherSide(side: PlanSide): PlanSide {
  return side === "candidate" ? "organisation" : "candidate";
}
