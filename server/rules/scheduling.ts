import type { PlanStage } from "./enums";

/**
 * Self-scheduling: instead of a fixed time the recruiter offers the candidate
 * a few slots and the candidate picks one. A plan whose time is to be picked
 * has no meeting time yet: its stored start and end only span the open slots
 * (db/schema/plans.ts), so every reader of the meeting time asks
 * `isTimeToBePicked` first — pages, the dashboard, calendar files, reminders
 * and "the meeting has ended" (server/rules/stages.ts).
 */
export const SLOT_LIMITS = { min: 2, max: 10, otherTimesMessage: 1000 } as const;

export function isTimeToBePicked(plan: { timeToBePicked?: boolean }): boolean {
  return plan.timeToBePicked === true;
}

export interface SlotTimes {
  startsAt: Date;
  endsAt: Date;
}

/** A slot the candidate may still pick: not taken, and not started yet. */
export function isSlotOpen(slot: SlotTimes & { takenAt: Date | null }, now: Date): boolean {
  return slot.takenAt === null && slot.startsAt > now;
}

/** What the stored start and end hold while the time is to be picked: first start to last end of the offer. */
export function spanOfSlots(slots: SlotTimes[]): SlotTimes {
  return {
    startsAt: new Date(Math.min(...slots.map((s) => s.startsAt.getTime()))),
    endsAt: new Date(Math.max(...slots.map((s) => s.endsAt.getTime()))),
  };
}

interface SchedulingFacts {
  stage: PlanStage;
  endsAt: Date;
  timeToBePicked?: boolean;
}

/**
 * Slots are offered to a candidate who has joined (stage "preparing"): they
 * pick from their own view of the plan, and the invitation they were sent
 * already holds a calendar request for a fixed time. A new offer replaces the
 * open one, or re-opens picking after a time was picked, while the meeting is ahead.
 */
export function canOfferSlots(plan: SchedulingFacts, now: Date): boolean {
  return plan.stage === "preparing" && (isTimeToBePicked(plan) || plan.endsAt > now);
}

export const OFFER_REFUSED_MESSAGE =
  "Times can be offered once the candidate has joined the plan, and only while the meeting is ahead.";

/** The candidate picks while the time is to be picked and one of the slots is still open. */
export function canPickSlot(plan: SchedulingFacts, openSlotCount: number): boolean {
  return plan.stage === "preparing" && isTimeToBePicked(plan) && openSlotCount > 0;
}

/** None of the times suit: the candidate may ask for others as long as the time is still to be picked. */
export function canRequestOtherTimes(plan: SchedulingFacts): boolean {
  return plan.stage === "preparing" && isTimeToBePicked(plan);
}

export const NOT_PICKING_MESSAGE = "This interview's time is not open for picking: it has a set time, or the plan has moved on.";
export const NO_CALENDAR_YET_MESSAGE = "This interview's time is still to be picked, so there is no calendar entry yet.";

/** How long before the meeting the candidate may still change or cancel its time: the organisation's setting. */
export const CUTOFF_LIMITS = { defaultHours: 24, minHours: 0, maxHours: 336, changeMessage: 1000 } as const;

/** The last moment the candidate may change or cancel the meeting's time. */
export function changeCutoffAt(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * 3_600_000);
}

/**
 * Up to the organisation's cut-off before a set meeting, its candidate may
 * change or cancel the time: a time picked from slots goes back to picking,
 * a fixed time is a request to the organisation. Later they contact the recruiter.
 */
export function canCandidateChangeTime(plan: SchedulingFacts & { startsAt: Date }, cutoffHours: number, now: Date): boolean {
  return plan.stage === "preparing" && !isTimeToBePicked(plan) && changeCutoffAt(plan.startsAt, cutoffHours) > now;
}

export const candidateTimeChangeIntents = ["reschedule", "cancel"] as const;
export type CandidateTimeChangeIntent = (typeof candidateTimeChangeIntents)[number];
