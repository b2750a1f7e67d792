import { eq, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { PlanSide } from "@/db/schema";

/** The visibility rule of server/rules/visibility.ts as SQL: every read of goals, notes and timeline entries filters with it. */
export function visibleToSql(viewer: PlanSide, columns: { side: PgColumn; visibility: PgColumn }): SQL {
  return or(eq(columns.side, viewer), eq(columns.visibility, "shared"))!;
}
