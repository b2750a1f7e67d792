import type { FirstInterviewItem, Plan, PlanInterviewer, PlanSide } from "@/db/schema";
import { effectiveStage } from "@/server/rules/stages";
import { utcToZonedLocal } from "@/server/rules/time-zones";

/**
 * The two views of one plan. What the candidate may see is decided here and
 * nowhere else; the procedures' output schemas then drop anything extra.
 */
export interface PlanDetail {
  plan: Plan;
  interviewers: PlanInterviewer[];
  firstInterview: FirstInterviewItem[];
  comments: ItemComment[];
}

export interface ItemComment {
  id: string;
  itemId: string;
  side: PlanSide;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

function sharedFields({ plan, interviewers, firstInterview, comments }: PlanDetail, now: Date) {
  return {
    id: plan.id,
    version: plan.version,
    stage: effectiveStage(plan, now),
    roleTitle: plan.roleTitle,
    hiringCompany: plan.hiringCompany,
    candidateName: plan.candidateName,
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    timeZone: plan.timeZone,
    durationMinutes: plan.durationMinutes,
    format: plan.format,
    location: plan.location,
    joiningNotes: plan.joiningNotes,
    agenda: plan.agenda,
    cancelledAt: plan.cancelledAt,
    stepsAgreedAt: plan.stepsAgreedAt,
    outcome: plan.outcome,
    closingMessage: plan.closingMessage,
    closedAt: plan.closedAt,
    interviewers: interviewers.map((p) => ({
      id: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      background: p.background,
      wantsToEstablish: p.wantsToEstablish,
      profileUrl: p.profileUrl,
    })),
    firstInterview: firstInterview.map((i) => ({
      id: i.id,
      topic: i.topic,
      summary: i.summary,
      status: i.status,
      flaggedBySide: i.flaggedBySide,
      flaggedAt: i.flaggedAt,
      comments: comments
        .filter((c) => c.itemId === i.id)
        .map(({ id, side, authorName, text, createdAt }) => ({ id, side, authorName, text, createdAt })),
    })),
  };
}

export function recruiterPlanView(detail: PlanDetail, now: Date) {
  return {
    ...sharedFields(detail, now),
    candidateEmail: detail.plan.candidateEmail,
    candidateJoined: detail.plan.candidateUserId !== null,
    startsAtLocal: utcToZonedLocal(detail.plan.startsAt, detail.plan.timeZone),
    internalNote: detail.plan.internalNote,
    createdAt: detail.plan.createdAt,
    updatedAt: detail.plan.updatedAt,
  };
}

export function candidatePlanView(detail: PlanDetail & { orgName: string }, now: Date) {
  return { ...sharedFields(detail, now), organisationName: detail.orgName };
}
