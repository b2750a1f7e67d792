import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, planInterviewers, plans, type Plan, type PlanSide } from "@/db/schema";
import { notFound } from "./errors";
import { candidateSeesPlan } from "@/server/rules/plan-actions";
import { sideOfRole, type PlanRole } from "@/server/rules/plan-roles";

export interface PlanActor {
  /** The side whose content the reader reads and writes (server/rules/visibility.ts). */
  side: PlanSide;
  /** What the reader may do on that side (server/rules/plan-roles.ts). */
  role: PlanRole;
  userId: string;
  /** The plan's interviewer this user speaks for, if they accepted an interviewer's invitation (members too). */
  interviewerId: string | null;
  plan: Plan;
}

export interface PlanAccessRow {
  plan: Plan;
  membershipId: string | null;
  interviewerId: string | null;
}

function actorAs(role: PlanRole, row: PlanAccessRow, userId: string): PlanActor {
  return { side: sideOfRole(role), role, userId, interviewerId: row.interviewerId, plan: row.plan };
}

/**
 * Which side of this plan the user is on, and in what role: a member of its
 * organisation acts for the organisation; an interviewer invited to this plan
 * acts for the organisation with an interviewer's rights; the invited
 * candidate acts for themself once the plan is shared. Anyone else gets
 * "not found", exactly as for a missing plan.
 */
export function actorFrom(row: PlanAccessRow, userId: string): PlanActor {
  if (row.membershipId) return actorAs("recruiter", row, userId);
  if (row.interviewerId) return actorAs("interviewer", row, userId);
  if (row.plan.candidateUserId === userId && candidateSeesPlan(row.plan)) return actorAs("candidate", row, userId);
  throw notFound("Plan");
}

/** The access facts of a plan for one user, as columns over the plan row joined with the user's membership and interviewer rows. */
export const planAccessColumns = { membershipId: memberships.id, interviewerId: planInterviewers.id };

export async function resolvePlanActor(db: Db, userId: string, planId: string): Promise<PlanActor> {
  const [row] = await db
    .select({ plan: plans, ...planAccessColumns })
    .from(plans)
    .leftJoin(memberships, and(eq(memberships.orgId, plans.orgId), eq(memberships.userId, userId)))
    .leftJoin(planInterviewers, and(eq(planInterviewers.planId, plans.id), eq(planInterviewers.userId, userId)))
    .where(eq(plans.id, planId));
  if (!row) throw notFound("Plan");
  return actorFrom(row, userId);
}
