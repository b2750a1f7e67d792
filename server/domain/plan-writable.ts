import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans, type Plan } from "@/db/schema";
import { publishChange } from "@/server/live/publish";
import type { PlanPart } from "@/server/rules/live";
import { canWritePlan } from "@/server/rules/plan-actions";
import { AppError, notFound } from "./errors";

export const PLAN_CLOSED_MESSAGE = "This plan is closed: it can be read but no longer changed.";

export interface WritableScope {
  /** A recruiter's command names its organisation: another organisation's plan is "not found", like a missing one. */
  orgId?: string;
  now?: Date;
}

/**
 * "May this plan still change?", asked once per command, inside its
 * transaction and under the plan's row lock: a write racing a close either
 * lands before the close or is refused, never after it. It also announces
 * the change (delivered when the transaction commits), so every write that
 * asks is seen live by the other side. The locked row is returned: the
 * command's other rules (stage, version) are checked on it, not on a
 * snapshot read before the transaction.
 */
export async function assertPlanWritable(tx: Db, planId: string, parts: PlanPart[], scope: WritableScope = {}): Promise<Plan> {
  const [plan] = await tx
    .select()
    .from(plans)
    .where(scope.orgId ? and(eq(plans.id, planId), eq(plans.orgId, scope.orgId)) : eq(plans.id, planId))
    .for("update");
  if (!plan) throw notFound("Plan");
  if (!canWritePlan(plan, scope.now ?? new Date())) throw new AppError("PRECONDITION_FAILED", PLAN_CLOSED_MESSAGE);
  await publishChange(tx, { scope: "plan", planId, orgId: plan.orgId, parts });
  return plan;
}
