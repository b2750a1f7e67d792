import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, plans, type Plan, type PlanSide } from "@/db/schema";
import { notFound } from "./errors";
import { candidateSeesPlan } from "@/server/rules/plan-actions";

export interface PlanActor {
  side: PlanSide;
  userId: string;
  plan: Plan;
}

/**
 * Which side of this plan the user is on, from the plan row and the user's
 * membership of its organisation (if any): a member acts for the
 * organisation; the invited candidate acts for themself once the plan is
 * shared. Anyone else gets "not found", exactly as for a missing plan.
 */
export function actorFrom(row: { plan: Plan; membershipId: string | null }, userId: string): PlanActor {
  if (row.membershipId) return { side: "organisation", userId, plan: row.plan };
  if (row.plan.candidateUserId === userId && candidateSeesPlan(row.plan)) return { side: "candidate", userId, plan: row.plan };
  throw notFound("Plan");
}

export async function resolvePlanActor(db: Db, userId: string, planId: string): Promise<PlanActor> {
  const [row] = await db
    .select({ plan: plans, membershipId: memberships.id })
    .from(plans)
    .leftJoin(memberships, and(eq(memberships.orgId, plans.orgId), eq(memberships.userId, userId)))
    .where(eq(plans.id, planId));
  if (!row) throw notFound("Plan");
  return actorFrom(row, userId);
}
