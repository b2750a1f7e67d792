import { eq, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { PlanSide, Visibility } from "@/db/schema";

/**
 * The one rule of visibility, in two forms: as a predicate for rows already
 * loaded, and as SQL so a read path never even loads the other side's private
 * rows. Every read of goals, notes and timeline entries goes through these.
 */
export function isVisibleTo(viewer: PlanSide, row: { side: PlanSide; visibility: Visibility }): boolean {
  return row.side === viewer || row.visibility === "shared";
}

export function visibleToSql(viewer: PlanSide, columns: { side: PgColumn; visibility: PgColumn }): SQL {
  return or(eq(columns.side, viewer), eq(columns.visibility, "shared"))!;
}

export function otherSide(side: PlanSide): PlanSide {
  return side === "candidate" ? "organisation" : "candidate";
}
