import { plural } from "./format";
import { isUnanswered, type InvitationStatus } from "./invitations";
import { canWritePlan, hasFollowUp, type PlanFacts } from "./plan-actions";

/**
 * The recruiter's side of the interviewing team, decided once: the commands
 * (interviewerInvitation.*, interviewers.remind) assert with these, and the
 * recruiter's plan view returns them as each member's can* flags. Browser-safe.
 */

/** At most one reminder per interviewer in this many hours: a nudge, not a flood. */
export const REMINDER_SPACING_HOURS = 12;
const SPACING_MS = REMINDER_SPACING_HOURS * 3_600_000;

/** Where an invited interviewer follows their link (built by the join flow) and where they then work on the plan. */
export const teamJoinPath = (token: string) => `/team-join/${encodeURIComponent(token)}`;
export const teamPlanPath = (planId: string) => `/team/${planId}`;

export type TeamPlanFacts = PlanFacts & { cancelledAt: Date | null };

export interface TeamMemberFacts {
  /** The account that accepted an invitation (null: not joined). */
  userId: string | null;
  /** The newest invitation's status (null: never invited). */
  invitation: InvitationStatus | null;
  debriefedAt: Date | null;
  remindedAt: Date | null;
}

/** What a reminder asks for: goals before the meeting, the debrief after it. */
export type ReminderKind = "prepare" | "debrief";

export function reminderKind(plan: TeamPlanFacts, now: Date): ReminderKind {
  return hasFollowUp(plan, now) ? "debrief" : "prepare";
}

/** The first moment after a reminder when the next one may go. */
export function reminderPossibleAt(remindedAt: Date): Date {
  return new Date(remindedAt.getTime() + SPACING_MS);
}

/** When the next reminder may go (null: any time now). */
export function nextReminderAt(remindedAt: Date | null, now: Date): Date | null {
  if (!remindedAt) return null;
  const next = reminderPossibleAt(remindedAt);
  return next > now ? next : null;
}

/** An invitation (first or new) goes to an interviewer who has not joined, on a plan that may still change. */
export function canInviteInterviewer(plan: TeamPlanFacts, member: TeamMemberFacts, now: Date): boolean {
  return canWritePlan(plan, now) && member.userId === null;
}

/** The newest link nobody has accepted yet (working or expired) may be withdrawn. */
export function canRevokeInterviewerInvitation(plan: TeamPlanFacts, member: TeamMemberFacts, now: Date): boolean {
  return canWritePlan(plan, now) && member.userId === null && member.invitation !== null && isUnanswered(member.invitation);
}

/**
 * Why a reminder cannot go now (null: it can): someone to remind (joined, or
 * holding a working link), something to ask for (no debrief yet once the
 * meeting is over), and the spacing.
 */
export function reminderRefusal(plan: TeamPlanFacts, member: TeamMemberFacts, now: Date): string | null {
  if (!canWritePlan(plan, now)) return "This plan is closed.";
  if (member.userId === null && member.invitation !== "pending")
    return "Invite this interviewer first: a reminder goes to someone who has joined or holds a working link.";
  if (reminderKind(plan, now) === "debrief" && member.debriefedAt !== null) return "This interviewer has already added their debrief.";
  const next = nextReminderAt(member.remindedAt, now);
  if (next) return `This interviewer was reminded less than ${REMINDER_SPACING_HOURS} hours ago; the next reminder is possible ${whenLabel(next)}.`;
  return null;
}

export function canRemindInterviewer(plan: TeamPlanFacts, member: TeamMemberFacts, now: Date): boolean {
  return reminderRefusal(plan, member, now) === null;
}

/** "at 09:30 UTC on 2 December 2026": the refusal names the moment, the page shows it on the reader's clock. */
function whenLabel(at: Date): string {
  const iso = at.toISOString();
  return `after ${iso.slice(11, 16)} UTC on ${iso.slice(0, 10)}`;
}

/** The status line of one member of the team, in the recruiter's words. */
export function teamStatusLabel(member: { joined: boolean; invitation: { status: InvitationStatus } | null }): string {
  if (member.joined) return "Joined";
  if (!member.invitation) return "Not invited";
  switch (member.invitation.status) {
    case "pending":
      return "Invited";
    case "expired":
      return "Link expired";
    case "revoked":
      return "Link withdrawn";
    default:
      return "Joined";
  }
}

export function preparedLabel(goals: number): string {
  return goals > 0 ? `Prepared: ${plural(goals, "goal")}` : "Not prepared yet";
}
