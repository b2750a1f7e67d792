import { and, asc, desc, eq, getTableColumns, ne, sql, type Placeholder, type SQL } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  firstInterviewItems,
  goals,
  interviewerInvitations,
  itemComments,
  meetingSlots,
  memberships,
  organisations,
  planInterviewers,
  planInvitations,
  plans,
  users,
} from "@/db/schema";
import { invitationStatus } from "@/server/rules/invitations";
import { notFound } from "./errors";
import { decodeJsonRows, jsonRowOf, rowsAsJson } from "./json-rows";
import type { PlanDetail } from "./plan-views";
import { preparationSummaryOverPlan } from "./preparation";
import { placeholder, preparedPerDb } from "./prepared";

/**
 * A plan with its children in ONE statement: the plan row (and the access
 * facts its reader is checked against), its interviewers, first-interview
 * items and their discussion as JSON arrays of the statement's own columns.
 * The cost of a plan view does not grow with the plan: no query per child.
 */
const qb = new QueryBuilder();

const interviewerFields = getTableColumns(planInterviewers);
const itemFields = getTableColumns(firstInterviewItems);
const commentFields = {
  id: itemComments.id,
  itemId: itemComments.itemId,
  side: itemComments.side,
  authorName: sql<string | null>`${users.name}`,
  text: itemComments.text,
  createdAt: itemComments.createdAt,
};
const invitationFields = getTableColumns(planInvitations);
const slotFields = { id: meetingSlots.id, startsAt: meetingSlots.startsAt, endsAt: meetingSlots.endsAt, takenAt: meetingSlots.takenAt };

/** The children's subqueries, correlated to the outer statement's plan row. */
export const childColumns = {
  interviewers: rowsAsJson(
    qb
      .select({ row: jsonRowOf(interviewerFields) })
      .from(planInterviewers)
      .where(eq(planInterviewers.planId, plans.id))
      .orderBy(asc(planInterviewers.position)),
  ),
  firstInterview: rowsAsJson(
    qb
      .select({ row: jsonRowOf(itemFields) })
      .from(firstInterviewItems)
      .where(eq(firstInterviewItems.planId, plans.id))
      .orderBy(asc(firstInterviewItems.position)),
  ),
  comments: rowsAsJson(
    qb
      .select({ row: jsonRowOf(commentFields) })
      .from(itemComments)
      .innerJoin(firstInterviewItems, eq(firstInterviewItems.id, itemComments.itemId))
      .leftJoin(users, eq(users.id, itemComments.authorId))
      .where(eq(firstInterviewItems.planId, plans.id))
      .orderBy(asc(itemComments.createdAt), asc(itemComments.id)),
  ),
  slots: rowsAsJson(
    qb
      .select({ row: jsonRowOf(slotFields) })
      .from(meetingSlots)
      .where(eq(meetingSlots.planId, plans.id))
      .orderBy(asc(meetingSlots.startsAt)),
  ),
};

type ChildValues = { interviewers: unknown; firstInterview: unknown; comments: unknown; slots: unknown };

export function detailOf(row: { plan: PlanDetail["plan"] } & ChildValues): PlanDetail {
  return {
    plan: row.plan,
    interviewers: decodeJsonRows(interviewerFields, row.interviewers),
    firstInterview: decodeJsonRows(itemFields, row.firstInterview),
    comments: decodeJsonRows(commentFields, row.comments),
    slots: decodeJsonRows(slotFields, row.slots),
  };
}

/** A plan of the recruiter's organisation; another organisation's plan is "not found", like a missing one. */
export async function getPlanForOrg(db: Db, orgId: string, planId: string): Promise<PlanDetail> {
  const [row] = await db
    .select({ plan: plans, ...childColumns })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.orgId, orgId)));
  if (!row) throw notFound("Plan");
  return detailOf(row);
}

/** An interviewer's newest invitation's timestamp, as a column of the team's row (null: never invited). */
function newestInvitationField(column: typeof interviewerInvitations.createdAt | typeof interviewerInvitations.expiresAt | typeof interviewerInvitations.acceptedAt | typeof interviewerInvitations.revokedAt) {
  return sql<Date | null>`(${qb
    .select({ at: sql`${column}`.as("at") })
    .from(interviewerInvitations)
    .where(eq(interviewerInvitations.interviewerId, planInterviewers.id))
    .orderBy(desc(interviewerInvitations.createdAt), desc(interviewerInvitations.id))
    .limit(1)})`.mapWith(column);
}

const goalCount = (where: SQL | undefined) =>
  sql<number>`(${qb.select({ n: sql<number>`count(*)::int`.as("n") }).from(goals).where(where)})`.mapWith(Number);

/** Per interviewer, what the recruiter's team panel adds to the interviewer's row: goals written and the newest link. */
const teamFields = {
  interviewerId: planInterviewers.id,
  goals: goalCount(eq(goals.interviewerId, planInterviewers.id)),
  sharedGoals: goalCount(and(eq(goals.interviewerId, planInterviewers.id), eq(goals.visibility, "shared"))),
  sentAt: newestInvitationField(interviewerInvitations.createdAt),
  expiresAt: newestInvitationField(interviewerInvitations.expiresAt),
  acceptedAt: newestInvitationField(interviewerInvitations.acceptedAt),
  revokedAt: newestInvitationField(interviewerInvitations.revokedAt),
};
export type TeamRow = ReturnType<typeof decodeJsonRows<typeof teamFields>>[number];

/** The newest invitation, the preparation counts and the team's, as columns over the plan row: what the recruiter's view adds. */
export const recruiterColumns = {
  team: rowsAsJson(
    qb
      .select({ row: jsonRowOf(teamFields) })
      .from(planInterviewers)
      .where(eq(planInterviewers.planId, plans.id))
      .orderBy(asc(planInterviewers.position)),
  ),
  invitations: rowsAsJson(
    qb
      .select({ row: jsonRowOf(invitationFields) })
      .from(planInvitations)
      .where(eq(planInvitations.planId, plans.id))
      .orderBy(desc(planInvitations.createdAt), desc(planInvitations.id))
      .limit(1),
  ),
  ...preparationSummaryOverPlan(),
};

type RecruiterValues = { team: unknown; invitations: unknown; stepsDone: number; sharedGoals: number; itemsToRevisit: number };

export function recruiterPlanOf(row: { plan: PlanDetail["plan"] } & ChildValues & RecruiterValues, now: Date) {
  const [latest] = decodeJsonRows(invitationFields, row.invitations);
  return {
    detail: detailOf(row),
    invitation: latest
      ? { status: invitationStatus(latest, now), sentAt: latest.createdAt, expiresAt: latest.expiresAt, email: latest.email }
      : null,
    preparation: { stepsDone: row.stepsDone, sharedGoals: row.sharedGoals, itemsToRevisit: row.itemsToRevisit },
    team: decodeJsonRows(teamFields, row.team),
  };
}

/**
 * The recruiter's plan view in one statement: the plan and its children,
 * its newest invitation and the counts the organisation may know of the
 * candidate's preparation.
 */
const recruiterPlanStatement = preparedPerDb((db) =>
  db
    .select({ plan: plans, ...childColumns, ...recruiterColumns })
    .from(plans)
    .where(and(eq(plans.id, placeholder("planId")), eq(plans.orgId, placeholder("orgId"))))
    .prepare("recruiter_plan"),
);

export async function getRecruiterPlan(db: Db, orgId: string, planId: string, now = new Date()) {
  const [row] = await recruiterPlanStatement(db).execute({ planId, orgId });
  if (!row) throw notFound("Plan");
  return recruiterPlanOf(row, now);
}

/** The plan as its candidate may read it: invited and accepted, once it is no longer a draft. */
export function candidateOwns(userId: string | Placeholder): SQL {
  return and(eq(plans.candidateUserId, userId), ne(plans.stage, "draft"))!;
}

/** A plan the candidate was invited to and accepted, once it is no longer a draft. */
export async function getPlanForCandidate(db: Db, userId: string, planId: string): Promise<PlanDetail> {
  const [row] = await db
    .select({ plan: plans, ...childColumns })
    .from(plans)
    .where(and(eq(plans.id, planId), candidateOwns(userId)));
  if (!row) throw notFound("Plan");
  return detailOf(row);
}

const contactFields = { name: users.name, email: users.email };

/**
 * What the candidate's view adds to the plan (with organisations joined): the
 * organisation's name and cut-off for changing the time, and whom to contact
 * about it — the recruiter who created the plan, while still a member.
 */
export const candidateColumns = {
  orgName: organisations.name,
  changeCutoffHours: organisations.candidateChangeCutoffHours,
  contact: rowsAsJson(
    qb
      .select({ row: jsonRowOf(contactFields) })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, plans.orgId)))
      .where(eq(users.id, plans.createdById))
      .limit(1),
  ),
};

export function candidateExtrasOf(row: { orgName: string; changeCutoffHours: number; contact: unknown }) {
  const [contact] = decodeJsonRows(contactFields, row.contact);
  return { orgName: row.orgName, changeCutoffHours: row.changeCutoffHours, contact: contact ?? null };
}

/** The candidate's plan with the organisation's name, for their view and calendar file. */
const candidatePlanStatement = preparedPerDb((db) =>
  db
    .select({ plan: plans, ...candidateColumns, ...childColumns })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(and(eq(plans.id, placeholder("planId")), candidateOwns(placeholder("userId"))))
    .prepare("candidate_plan"),
);

export async function getCandidatePlanWithOrg(db: Db, userId: string, planId: string) {
  const [row] = await candidatePlanStatement(db).execute({ planId, userId });
  if (!row) throw notFound("Plan");
  return { ...detailOf(row), ...candidateExtrasOf(row) };
}
