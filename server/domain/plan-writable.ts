import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans, type Plan } from "@/db/schema";
import { publishChange } from "@/server/live/publish";
import type { PlanPart } from "@/server/rules/live";
import { effectiveStage } from "@/server/rules/stages";
import { AppError, notFound } from "./errors";

export const PLAN_CLOSED_MESSAGE = "This plan is closed: it can be read but no longer changed.";

/**
 * "May this plan still change?", asked once per command, inside its
 * transaction and under the plan's row lock: a write racing a close either
 * lands before the close or is refused, never after it. It also announces
 * the change (delivered when the transaction commits), so every write that
 * asks is seen live by the other side.
 */
export async function assertPlanWritable(tx: Db, planId: string, parts: PlanPart[], now = new Date()): Promise<Plan> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
  if (!plan) throw notFound("Plan");
  if (effectiveStage(plan, now) === "closed") throw new AppError("PRECONDITION_FAILED", PLAN_CLOSED_MESSAGE);
  await publishChange(tx, { scope: "plan", planId, orgId: plan.orgId, parts });
  return plan;
}
