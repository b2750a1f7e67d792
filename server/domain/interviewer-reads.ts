import { and, desc, eq, isNull, type Placeholder } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, planInterviewers, plans } from "@/db/schema";
import { MAX_CANDIDATE_PLANS_LISTED } from "@/server/rules/limits";
import { notFound } from "./errors";
import { childColumns, detailOf } from "./plan-reads";
import type { InterviewerExtras } from "./plan-views";
import { preparationSummaryOverPlan } from "./preparation";
import { placeholder, preparedPerDb } from "./prepared";

/**
 * What an interviewer's view adds to the plan (with organisations and the
 * reader's own plan_interviewers row joined): the organisation's name, their
 * own row, and the counts the organisation may know of the candidate's
 * preparation (never its content).
 */
export const interviewerColumns = {
  orgName: organisations.name,
  meId: planInterviewers.id,
  meName: planInterviewers.name,
  meVersion: planInterviewers.version,
  meDebriefNote: planInterviewers.debriefNote,
  meDebriefedAt: planInterviewers.debriefedAt,
  ...preparationSummaryOverPlan(),
};

type InterviewerValues = {
  orgName: string;
  meId: string;
  meName: string;
  meVersion: number;
  meDebriefNote: string;
  meDebriefedAt: Date | null;
  stepsDone: number;
  sharedGoals: number;
  itemsToRevisit: number;
};

export function interviewerExtrasOf(row: InterviewerValues): InterviewerExtras {
  return {
    orgName: row.orgName,
    me: { interviewerId: row.meId, name: row.meName, version: row.meVersion, debriefNote: row.meDebriefNote, debriefedAt: row.meDebriefedAt },
    preparation: { stepsDone: row.stepsDone, sharedGoals: row.sharedGoals, itemsToRevisit: row.itemsToRevisit },
  };
}

/** The join to the interviewer row this user speaks for on the plan: without one, there is no row. */
export function speaksFor(userId: string | Placeholder) {
  return and(eq(planInterviewers.planId, plans.id), eq(planInterviewers.userId, userId));
}

const interviewerPlanStatement = preparedPerDb((db) =>
  db
    .select({ plan: plans, ...childColumns, ...interviewerColumns })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .innerJoin(planInterviewers, speaksFor(placeholder("userId")))
    .where(eq(plans.id, placeholder("planId")))
    .prepare("interviewer_plan"),
);

/** The plan as the interviewer this user speaks for reads it (team.get), in one statement. */
export async function getInterviewerPlan(db: Db, userId: string, planId: string) {
  const [row] = await interviewerPlanStatement(db).execute({ planId, userId });
  if (!row) throw notFound("Plan");
  return { ...detailOf(row), ...interviewerExtrasOf(row) };
}

/**
 * The plans a user interviews for, newest meeting first, bounded like the
 * candidate's list. A plan of an organisation they are a member of is theirs
 * as a recruiter (its dashboard lists it), so it is left out here.
 */
export async function listPlansForInterviewer(db: Db, userId: string) {
  return db
    .select({ plan: plans, organisationName: organisations.name, interviewerName: planInterviewers.name })
    .from(planInterviewers)
    .innerJoin(plans, eq(plans.id, planInterviewers.planId))
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .leftJoin(memberships, and(eq(memberships.orgId, plans.orgId), eq(memberships.userId, userId)))
    .where(and(eq(planInterviewers.userId, userId), isNull(memberships.id)))
    .orderBy(desc(plans.startsAt), desc(plans.id))
    .limit(MAX_CANDIDATE_PLANS_LISTED);
}
