import type { FirstInterviewItem, Plan, PlanInterviewer, PlanSide } from "@/db/schema";
import { isFeedbackOpen } from "@/server/rules/feedback";
import { debriefRefusal } from "@/server/rules/goal-rules";
import { invitationStatus, type InvitationStatus } from "@/server/rules/invitations";
import { itemFlagsFor } from "@/server/rules/item-rules";
import { candidatePlanActions, candidateSeesPlan, hasFollowUp, isCandidateEmailLocked, isMeetingAhead, organisationPlanActions } from "@/server/rules/plan-actions";
import {
  canCandidateChangeTime,
  canOfferSlots,
  canPickSlot,
  canRequestOtherTimes,
  changeCutoffAt,
  isSlotOpen,
  isTimeToBePicked,
} from "@/server/rules/scheduling";
import { planRoleMay } from "@/server/rules/plan-roles";
import { FORMER_CANDIDATE } from "@/server/rules/retention";
import { effectiveStage } from "@/server/rules/stages";
import { canInviteInterviewer, canRemindInterviewer, canRevokeInterviewerInvitation, nextReminderAt, type TeamMemberFacts } from "@/server/rules/team";
import { utcToZonedLocal } from "@/server/rules/time-zones";
import { internalNoteVisibleTo } from "@/server/rules/visibility";

/**
 * The two views of one plan. What the candidate may see is decided here and
 * nowhere else; the procedures' output schemas then drop anything extra.
 * Each view also says what its reader may do (`allowed`, the items' can*
 * flags), computed with the same server/rules predicates the commands assert.
 */
export interface PlanDetail {
  plan: Plan;
  interviewers: PlanInterviewer[];
  firstInterview: FirstInterviewItem[];
  comments: ItemComment[];
  slots: { id: string; startsAt: Date; endsAt: Date; takenAt: Date | null }[];
}

export interface ItemComment {
  id: string;
  itemId: string;
  side: PlanSide;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

/**
 * Where the meeting's time stands: set, or to be picked from the open slots
 * (the stored start and end are then no meeting time, server/rules/scheduling.ts).
 * The candidate's request for other times is for both sides to read: they wrote it.
 */
function schedulingOf(plan: PlanDetail["plan"], slots: PlanDetail["slots"], now: Date) {
  const open = isTimeToBePicked(plan) ? slots.filter((s) => isSlotOpen(s, now)) : [];
  return {
    toBePicked: isTimeToBePicked(plan),
    openSlots: open.map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt })),
    otherTimesRequest: plan.otherTimesRequestedAt
      ? { message: plan.otherTimesMessage ?? "", requestedAt: plan.otherTimesRequestedAt }
      : null,
  };
}

/** A comment of an anonymised plan's candidate is the "Former candidate"'s: their account no longer names it. */
function commentAuthorName(plan: Plan, side: PlanSide, authorName: string | null): string | null {
  return side === "candidate" && plan.anonymisedAt ? FORMER_CANDIDATE : authorName;
}

function sharedFields({ plan, interviewers, firstInterview, comments, slots }: PlanDetail, now: Date) {
  const stage = effectiveStage(plan, now);
  return {
    scheduling: schedulingOf(plan, slots, now),
    id: plan.id,
    version: plan.version,
    stage,
    followUp: hasFollowUp(plan, now),
    meetingAhead: isMeetingAhead(plan, now),
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
      version: p.version,
      name: p.name,
      jobTitle: p.jobTitle,
      background: p.background,
      wantsToEstablish: p.wantsToEstablish,
      profileUrl: p.profileUrl,
    })),
    firstInterview: firstInterview.map((i) => {
      const thread = comments.filter((c) => c.itemId === i.id);
      return {
        id: i.id,
        version: i.version,
        topic: i.topic,
        summary: i.summary,
        status: i.status,
        flaggedBySide: i.flaggedBySide,
        flaggedAt: i.flaggedAt,
        comments: thread.map(({ id, side, authorName, text, createdAt }) => ({ id, side, authorName: commentAuthorName(plan, side, authorName), text, createdAt })),
        ...itemFlagsFor({ status: i.status, commentCount: thread.length }, stage),
      };
    }),
  };
}

/** Per interviewer, the facts of the team panel read with the plan (server/domain/plan-reads.ts recruiterColumns.team). */
export interface TeamFacts {
  interviewerId: string;
  goals: number;
  sharedGoals: number;
  sentAt: Date | null;
  expiresAt: Date | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * The interviewing team as the recruiter sees it: each described
 * interviewer's invitation, preparation and debrief, and what may be done
 * with them now, by the rules the commands assert (server/rules/team.ts).
 */
function teamOf({ plan, interviewers }: PlanDetail, facts: TeamFacts[], now: Date) {
  return interviewers.map((p) => {
    const f = facts.find((t) => t.interviewerId === p.id);
    const invitation =
      f?.sentAt && f.expiresAt
        ? { status: invitationStatus({ acceptedAt: f.acceptedAt, revokedAt: f.revokedAt, expiresAt: f.expiresAt }, now), sentAt: f.sentAt, expiresAt: f.expiresAt }
        : null;
    const member: TeamMemberFacts = { userId: p.userId, invitation: invitation?.status ?? null, debriefedAt: p.debriefedAt, remindedAt: p.remindedAt };
    return {
      interviewerId: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      email: p.email,
      invitation,
      joined: p.userId !== null,
      goals: f?.goals ?? 0,
      sharedGoals: f?.sharedGoals ?? 0,
      debriefed: p.debriefedAt !== null,
      debriefNote: p.debriefNote,
      remindedAt: p.remindedAt,
      canInvite: canInviteInterviewer(plan, member, now),
      canRevoke: canRevokeInterviewerInvitation(plan, member, now),
      canRemind: canRemindInterviewer(plan, member, now),
      nextReminderAt: nextReminderAt(p.remindedAt, now),
    };
  });
}

/**
 * `invitation`: the status of the plan's newest invitation, null when it was never shared.
 * `team`: the interviewers' facts read with the plan, for the organisation's eyes only.
 */
export function recruiterPlanView(detail: PlanDetail, now: Date, invitation: InvitationStatus | null, team: TeamFacts[]) {
  return {
    ...sharedFields(detail, now),
    allowed: organisationPlanActions(detail.plan, invitation, now),
    schedulingAllowed: { offer: canOfferSlots(detail.plan, now), pick: false, requestOtherTimes: false, changeTime: false },
    candidateEmailLocked: isCandidateEmailLocked(detail.plan),
    candidateSees: candidateSeesPlan(detail.plan),
    candidateEmail: detail.plan.candidateEmail,
    candidateJoined: detail.plan.candidateUserId !== null,
    startsAtLocal: utcToZonedLocal(detail.plan.startsAt, detail.plan.timeZone),
    internalNote: detail.plan.internalNote,
    interviewersSeeInternalNote: detail.plan.interviewersSeeInternalNote,
    team: teamOf(detail, team, now),
    createdAt: detail.plan.createdAt,
    updatedAt: detail.plan.updatedAt,
  };
}

export interface CandidateExtras {
  orgName: string;
  changeCutoffHours: number;
  contact: { name: string; email: string } | null;
}

export function candidatePlanView(detail: PlanDetail & CandidateExtras, now: Date) {
  const shared = sharedFields(detail, now);
  const { plan } = detail;
  return {
    ...shared,
    allowed: candidatePlanActions(plan, now),
    schedulingAllowed: {
      offer: false,
      pick: canPickSlot(plan, shared.scheduling.openSlots.length),
      requestOtherTimes: canRequestOtherTimes(plan),
      changeTime: canCandidateChangeTime(plan, detail.changeCutoffHours, now),
    },
    /** Until when the candidate may change or cancel the time; whom to contact after (null: the organisation itself). */
    timeChange: isTimeToBePicked(plan)
      ? null
      : { cutoffAt: changeCutoffAt(plan.startsAt, detail.changeCutoffHours), cutoffHours: detail.changeCutoffHours, contact: detail.contact },
    organisationName: detail.orgName,
    /** The plan is closed after a meeting that took place: its page offers the candidate's rating (server/rules/feedback.ts). */
    feedbackOpen: isFeedbackOpen(plan, now),
  };
}

export interface InterviewerExtras {
  orgName: string;
  /** The interviewer row this reader speaks for. */
  me: { interviewerId: string; name: string; version: number; debriefNote: string; debriefedAt: Date | null };
  /** Counts of the candidate's preparation, as the recruiter sees them: never its content. */
  preparation: { stepsDone: number; sharedGoals: number; itemsToRevisit: number };
}

/**
 * An invited interviewer's view: the organisation's side of the plan with
 * an interviewer's narrow rights (server/rules/plan-roles.ts). They write
 * their own goals, flags and debrief while the plan is open, and nothing of
 * the plan itself; the internal note only when the recruiter allowed it.
 */
export function interviewerPlanView(detail: PlanDetail & InterviewerExtras, now: Date) {
  const shared = sharedFields(detail, now);
  const { plan } = detail;
  return {
    ...shared,
    // The same as the candidate's: their own side's content until the plan closes, nothing of the plan's.
    allowed: candidatePlanActions(plan, now),
    schedulingAllowed: { offer: false, pick: false, requestOtherTimes: false, changeTime: false },
    firstInterview: shared.firstInterview.map((item) => ({ ...item, canAgree: item.canAgree && planRoleMay("interviewer", "items.settle") })),
    me: { ...detail.me, canSaveDebrief: debriefRefusal(shared.stage) === null },
    preparation: detail.preparation,
    internalNote: internalNoteVisibleTo("interviewer", plan) ? plan.internalNote : null,
    organisationName: detail.orgName,
  };
}
