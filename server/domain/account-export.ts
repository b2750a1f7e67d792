import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  firstInterviewItems,
  goals,
  itemComments,
  memberships,
  nextSteps,
  notifications,
  organisations,
  planFeedback,
  planInterviewers,
  plans,
  sessions,
  users,
} from "@/db/schema";
import { summaryPathFor } from "@/server/rules/summary";
import { AppError } from "./errors";
import { readCandidatePlanPage } from "./plan-pages";
import { candidatePlanView } from "./plan-views";

/**
 * Each plan the user joined as its candidate, read the way their own plan
 * page reads it (the candidate's view and panels): the export shows them
 * exactly what they could see, and nothing of the organisation's private side.
 */
async function plansAsCandidate(db: Db, userId: string, now: Date) {
  const joined = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.candidateUserId, userId), ne(plans.stage, "draft")))
    .orderBy(asc(plans.createdAt), asc(plans.id));
  const feedback = await db
    .select({
      planId: planFeedback.planId,
      preparationRating: planFeedback.preparationRating,
      clarityRating: planFeedback.clarityRating,
      overallRating: planFeedback.overallRating,
      comment: planFeedback.comment,
      showName: planFeedback.showName,
      createdAt: planFeedback.createdAt,
    })
    .from(planFeedback)
    .where(eq(planFeedback.candidateUserId, userId));
  const result = [];
  for (const { id } of joined) {
    const page = await readCandidatePlanPage(db, userId, id, now);
    const given = feedback.find((f) => f.planId === id);
    result.push({
      plan: candidatePlanView(page.detail, now),
      panels: page.panels,
      feedback: given ? { ...given, planId: undefined } : null,
      summaryPath: summaryPathFor("candidate", id),
    });
  }
  return result;
}

/** What the user wrote on the organisation's side: as an invited interviewer, their own goals and debrief; as a member, their own comments, proposals and goals. */
async function organisationContributions(db: Db, userId: string) {
  const asInterviewer = await db
    .select({
      planId: planInterviewers.planId,
      organisation: organisations.name,
      roleTitle: plans.roleTitle,
      hiringCompany: plans.hiringCompany,
      interviewerName: planInterviewers.name,
      jobTitle: planInterviewers.jobTitle,
      debriefNote: planInterviewers.debriefNote,
      debriefedAt: planInterviewers.debriefedAt,
      interviewerId: planInterviewers.id,
    })
    .from(planInterviewers)
    .innerJoin(plans, eq(plans.id, planInterviewers.planId))
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(eq(planInterviewers.userId, userId))
    .orderBy(asc(plans.createdAt));
  const goalColumns = {
    planId: goals.planId,
    interviewerId: goals.interviewerId,
    kind: goals.kind,
    text: goals.text,
    detail: goals.detail,
    priority: goals.priority,
    visibility: goals.visibility,
    outcome: goals.outcome,
    outcomeNote: goals.outcomeNote,
    createdAt: goals.createdAt,
    updatedAt: goals.updatedAt,
  };
  const interviewerIds = asInterviewer.map((i) => i.interviewerId);
  const interviewerGoals = interviewerIds.length
    ? await db.select(goalColumns).from(goals).where(inArray(goals.interviewerId, interviewerIds)).orderBy(asc(goals.createdAt))
    : [];
  // A member's goals are the organisation's: theirs to export only as the last to have written them, never an interviewer's.
  const memberGoals = await db
    .select(goalColumns)
    .from(goals)
    .where(and(eq(goals.lastEditedById, userId), eq(goals.side, "organisation")))
    .orderBy(asc(goals.createdAt));
  const comments = await db
    .select({ planId: firstInterviewItems.planId, side: itemComments.side, text: itemComments.text, createdAt: itemComments.createdAt })
    .from(itemComments)
    .innerJoin(firstInterviewItems, eq(firstInterviewItems.id, itemComments.itemId))
    .where(and(eq(itemComments.authorId, userId), eq(itemComments.side, "organisation")))
    .orderBy(asc(itemComments.createdAt));
  const proposedSteps = await db
    .select({ planId: nextSteps.planId, description: nextSteps.description, owner: nextSteps.owner, dueOn: nextSteps.dueOn, status: nextSteps.status, createdAt: nextSteps.createdAt })
    .from(nextSteps)
    .where(and(eq(nextSteps.proposedById, userId), eq(nextSteps.proposedBySide, "organisation")))
    .orderBy(asc(nextSteps.createdAt));
  const plansCreated = await db
    .select({ planId: plans.id, roleTitle: plans.roleTitle, hiringCompany: plans.hiringCompany, createdAt: plans.createdAt })
    .from(plans)
    .where(eq(plans.createdById, userId))
    .orderBy(asc(plans.createdAt));
  return {
    asInterviewer: asInterviewer.map(({ interviewerId, ...plan }) => ({
      ...plan,
      goals: interviewerGoals.filter((g) => g.interviewerId === interviewerId).map(({ interviewerId: _, ...goal }) => goal),
    })),
    asMember: {
      plansCreated,
      goals: memberGoals.filter((g) => g.interviewerId === null).map(({ interviewerId: _, ...goal }) => goal),
      comments,
      proposedSteps,
    },
  };
}

/**
 * Everything the product holds about the user, for them to download: their
 * account (never a password hash or a token), sessions (when, not which),
 * memberships, notifications, their plans as a candidate as they see them,
 * and what they wrote on an organisation's side.
 */
export async function exportAccountData(db: Db, userId: string, now = new Date()) {
  const [account] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerifiedAt: users.emailVerified,
      createdAt: users.createdAt,
      notificationEmails: users.notificationEmails,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  const [sessionRows, membershipRows, notificationRows, asCandidate, organisationSide] = await Promise.all([
    db
      .select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expires })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt)),
    db
      .select({ organisation: organisations.name, role: memberships.role, joinedAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.createdAt)),
    db
      .select({ planId: notifications.planId, type: notifications.type, message: notifications.message, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.createdAt)),
    plansAsCandidate(db, userId, now),
    organisationContributions(db, userId),
  ]);
  return {
    exportedAt: now,
    account,
    sessions: sessionRows,
    memberships: membershipRows,
    notifications: notificationRows,
    asCandidate,
    ...organisationSide,
  };
}
