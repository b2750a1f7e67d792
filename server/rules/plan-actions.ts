import type { PlanStage } from "./enums";
import { isUnanswered, type InvitationStatus } from "./invitations";
import { canTransition, effectiveStage, isAfterMeeting } from "./stages";

/**
 * What each side may do with a plan as a whole. The commands assert with
 * these, and the plan views return them as `allowed`, so a page shows exactly
 * the buttons that would work. `plan.stage` is the stored stage; the meeting
 * time decides the stage readers see (effectiveStage).
 */
export interface PlanFacts {
  stage: PlanStage;
  endsAt: Date;
  /** The candidate is picking the time (server/rules/scheduling.ts): the meeting is ahead until they do. */
  timeToBePicked?: boolean;
}

/** Anything on the plan may still change (goals, flags, comments, preparation, steps): false once closed. */
export function canWritePlan(plan: PlanFacts, now: Date): boolean {
  return effectiveStage(plan, now) !== "closed";
}

/** The recruiter's form: details, people, first-interview items. */
export function canEditPlan(plan: PlanFacts, now: Date): boolean {
  return canWritePlan(plan, now);
}

/** A new meeting time (saved through the same form); the candidate is told once they can see the plan. */
export function canReschedulePlan(plan: PlanFacts, now: Date): boolean {
  return canEditPlan(plan, now);
}

/** The meeting took place: its debrief and next steps exist (open, or readable once closed); a cancelled one has none. */
export function hasFollowUp(plan: PlanFacts & { cancelledAt: Date | null }, now: Date): boolean {
  return isAfterMeeting(effectiveStage(plan, now)) && plan.cancelledAt === null;
}

/** The meeting is still ahead (a cancelled one is closed, so never): the page says when its next steps open. */
export function isMeetingAhead(plan: PlanFacts, now: Date): boolean {
  return !isAfterMeeting(effectiveStage(plan, now));
}

/** The candidate may see the plan once it is shared, never while a draft: from then on they are told what happens to it. */
export function candidateSeesPlan(plan: { stage: PlanStage }): boolean {
  return plan.stage !== "draft";
}

/** Once shared, the invitation is bound to its address: another candidate gets a duplicate of the plan. */
export function isCandidateEmailLocked(plan: PlanFacts): boolean {
  return candidateSeesPlan(plan);
}

/** The first invitation: a draft whose meeting is still ahead. */
export function canSharePlan(plan: PlanFacts, now: Date): boolean {
  return plan.stage === "draft" && plan.endsAt > now;
}

/** A new link for a candidate who has not joined yet, while the meeting is ahead (the old link stops working). */
export function canResendInvitation(plan: PlanFacts, now: Date): boolean {
  return effectiveStage(plan, now) === "shared";
}

/** Why sharing or resending is refused, in the words the recruiter reads. */
export function shareRefusal(plan: PlanFacts, now: Date): string {
  if (plan.stage === "closed") return "This plan is closed.";
  if (plan.endsAt <= now) return "The meeting time has passed: choose a new time before sharing the plan.";
  return "The candidate has already joined this plan; they can sign in with a link sent to their email.";
}

/** Withdraws the link nobody has accepted yet (working or expired); `invitation` is the newest one's status. */
export function canRevokeInvitation(plan: PlanFacts, invitation: InvitationStatus | null, now: Date): boolean {
  return canWritePlan(plan, now) && invitation !== null && isUnanswered(invitation);
}

/** Cancelling the meeting closes the plan without an outcome; it stays readable. */
export function canCancelPlan(plan: PlanFacts): boolean {
  return canTransition(plan.stage, "closed");
}

/** Closing with an outcome (offer, further round, …): read-only for both sides from then on. */
export function canClosePlan(plan: PlanFacts): boolean {
  return canTransition(plan.stage, "closed");
}

export interface PlanActions {
  write: boolean;
  edit: boolean;
  share: boolean;
  resend: boolean;
  revoke: boolean;
  cancel: boolean;
  reschedule: boolean;
  close: boolean;
}

/** Everything the organisation's members may do with the plan now. */
export function organisationPlanActions(plan: PlanFacts, invitation: InvitationStatus | null, now: Date): PlanActions {
  return {
    write: canWritePlan(plan, now),
    edit: canEditPlan(plan, now),
    share: canSharePlan(plan, now),
    resend: canResendInvitation(plan, now),
    revoke: canRevokeInvitation(plan, invitation, now),
    cancel: canCancelPlan(plan),
    reschedule: canReschedulePlan(plan, now),
    close: canClosePlan(plan),
  };
}

/** The candidate writes their own side (goals, flags, preparation, steps) until the plan closes; the rest is the organisation's. */
export function candidatePlanActions(plan: PlanFacts, now: Date): PlanActions {
  return {
    write: canWritePlan(plan, now),
    edit: false,
    share: false,
    resend: false,
    revoke: false,
    cancel: false,
    reschedule: false,
    close: false,
  };
}
