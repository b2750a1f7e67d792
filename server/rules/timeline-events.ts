import { z } from "zod";
import { goalKinds, goalOutcomes, meetingFormats, planOutcomes, stepOwners, visibilities } from "@/server/rules/enums";
import { erasureReasons } from "@/server/rules/retention";
import { candidateTimeChangeIntents } from "@/server/rules/scheduling";

/**
 * What each kind of timeline entry carries: values, never sentences. The
 * reader's page words them (components/timeline/describe-event.ts), in the
 * reader's time zone. Entries about a goal carry its id, kind, visibility and
 * outcome but never its text, so a goal made private later leaves nothing
 * readable behind on the other side.
 */

/** An instant as jsonb keeps it and superjson carries it unchanged: the ISO string of `toISOString()`. */
const instant = z.iso.datetime();

/** A calendar day, "2026-12-12": the same in every time zone. */
const day = z.iso.date();

/** A next step as it read at the moment of the entry. */
export const stepSnapshot = z.strictObject({ description: z.string(), owner: z.enum(stepOwners), dueOn: day.nullable() });
export type StepSnapshot = z.infer<typeof stepSnapshot>;

/** When the meeting takes place, on which clock. */
export const meetingTime = z.strictObject({ startsAt: instant, endsAt: instant, timeZone: z.string() });
export type MeetingTime = z.infer<typeof meetingTime>;

/** Where and how the candidate joins: fields both sides of a shared plan read on its page. */
export const meetingPlace = z.strictObject({ format: z.enum(meetingFormats), location: z.string(), joiningNotes: z.string() });

const nothing = z.strictObject({});
const aboutStep = z.strictObject({ stepId: z.uuid(), step: stepSnapshot });
const aboutItem = z.strictObject({ itemId: z.uuid() });

/** One schema per event type: written through recordEvent, read back by timelineFor. */
export const EVENT_DATA = {
  plan_created: nothing,
  /** `resent`: the invitation went out again (the plan was already shared). */
  plan_shared: z.strictObject({ resent: z.boolean() }),
  invitation_accepted: nothing,
  plan_rescheduled: z.strictObject({ before: meetingTime, after: meetingTime }),
  plan_cancelled: nothing,
  /** The recruiter changed the meeting's format, location or joining notes. */
  meeting_place_changed: z.strictObject({ before: meetingPlace, after: meetingPlace }),
  /** The recruiter offered these times for the candidate to pick (replacing any open offer). */
  slots_offered: z.strictObject({ slots: z.array(meetingTime) }),
  /** The candidate picked this time: it is now the meeting's. */
  slot_picked: z.strictObject({ after: meetingTime }),
  /** None of the offered times suit the candidate; their message is for the organisation, who offers others. */
  other_times_requested: z.strictObject({ message: z.string() }),
  /** The candidate changed or cancelled the set time before the cut-off; `reopened`: it went back to picking among the slots. */
  time_change_requested: z.strictObject({
    intent: z.enum(candidateTimeChangeIntents),
    before: meetingTime,
    reopened: z.boolean(),
    message: z.string(),
  }),
  plan_closed: z.strictObject({ outcome: z.enum(planOutcomes) }),
  goal_added: z.strictObject({ goalId: z.uuid(), kind: z.enum(goalKinds), visibility: z.enum(visibilities) }),
  /** `outcome: null`: the mark was cleared. */
  goal_outcome_marked: z.strictObject({
    goalId: z.uuid(),
    visibility: z.enum(visibilities),
    outcome: z.enum(goalOutcomes).nullable(),
  }),
  item_flagged: z.strictObject({ itemId: z.uuid(), comment: z.string() }),
  item_agreed: aboutItem,
  step_proposed: aboutStep,
  step_confirmed: aboutStep,
  /** `confirmationWithdrawn`: the other side had confirmed `before` and is asked to confirm `after`. */
  step_edited: z.strictObject({
    stepId: z.uuid(),
    before: stepSnapshot,
    after: stepSnapshot,
    confirmationWithdrawn: z.boolean(),
  }),
  step_done: aboutStep,
  step_drop_requested: aboutStep,
  step_drop_declined: aboutStep,
  step_dropped: aboutStep,
  steps_agreed: nothing,
  /** The candidate's personal data in the plan was erased: why, and nothing about them (for the organisation's side). */
  candidate_data_erased: z.strictObject({ reason: z.enum(erasureReasons) }),
  /** The candidate rated the interview: the fact only, never the ratings or the comment (read by the candidate alone). */
  feedback_given: nothing,
};

export type EventType = keyof typeof EVENT_DATA;
export const EVENT_TYPES = Object.keys(EVENT_DATA) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_DATA, type);
}

export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA)[T]>;

/** An event as written: its type and the data of that type. */
export type TimelineEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];

/**
 * An event as read back. `data: null` is an entry whose stored data does not
 * match its type's schema (written before entries had typed data): the page
 * words it generically rather than guessing.
 */
export type StoredEvent = { [T in EventType]: { type: T; data: EventData<T> | null } }[EventType];

/** The stored row read as its type says, or as a generic entry of that type; null for a type no longer known. */
export function readStoredEvent(type: string, data: unknown): StoredEvent | null {
  if (!isEventType(type)) return null;
  const parsed = EVENT_DATA[type].safeParse(data);
  // TypeScript cannot pair `type` with its own schema's output through the lookup; the schema just checked it.
  return { type, data: parsed.success ? parsed.data : null } as StoredEvent;
}

/** The meeting's time as an entry stores it. */
export function meetingTimeOf(meeting: { startsAt: Date; endsAt: Date; timeZone: string }): MeetingTime {
  return { startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString(), timeZone: meeting.timeZone };
}

/** A step as an entry stores it. */
export function stepSnapshotOf(step: StepSnapshot): StepSnapshot {
  return { description: step.description, owner: step.owner, dueOn: step.dueOn };
}
