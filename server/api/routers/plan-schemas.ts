import { z } from "zod";
import { firstInterviewStatuses, firstInterviewTopics, meetingFormats, planOutcomes, planSides, planStages } from "@/server/rules/enums";
import { invitationStatuses } from "@/server/rules/invitations";
import { isValidTimeZone } from "@/server/rules/time-zones";
import { emailField, optionalText, requiredText, searchField, storable, versionField } from "../fields";
import { INVALID_CURSOR_MESSAGE, MAX_CURSOR_LENGTH } from "@/server/domain/plan-list-cursor";
import { PLAN_LIMITS } from "@/server/rules/limits";

/** Input and output shapes of the plan procedures. Limits are generous for people, bounded for the database. */
const webUrl = (label: string) =>
  storable(z.string({ error: `Enter ${label} as text.` }).trim().max(PLAN_LIMITS.url, `Keep ${label} under ${PLAN_LIMITS.url} characters.`))
    .refine((v) => {
      try {
        return ["http:", "https:"].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, `Enter ${label} as a full web address starting with https://.`);

/** A wall-clock start, "YYYY-MM-DDTHH:mm", on the meeting's clock: the meeting's, or an offered slot's. */
export const startsAtLocalField = z
  .string({ error: "Choose the date and time of the meeting." })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose the date and time of the meeting.")
  // Date.parse rolls "2026-02-30" over to 2 March instead of refusing it: the date must read back unchanged.
  .refine((v) => {
    const instant = Date.parse(`${v}:00Z`);
    return !Number.isNaN(instant) && new Date(instant).toISOString().slice(0, 16) === v;
  }, "That date does not exist.");

export const durationField = z
  .number({ error: "Enter the duration in minutes." })
  .int("Enter the duration in whole minutes.")
  .min(PLAN_LIMITS.minDuration, `A meeting lasts at least ${PLAN_LIMITS.minDuration} minutes.`)
  .max(PLAN_LIMITS.maxDuration, `A meeting lasts at most ${PLAN_LIMITS.maxDuration / 60} hours.`);

export const meetingInput = z
  .object({
    roleTitle: requiredText("the role title", PLAN_LIMITS.roleTitle),
    hiringCompany: requiredText("the hiring company", PLAN_LIMITS.hiringCompany),
    candidateName: requiredText("the candidate's name", PLAN_LIMITS.candidateName),
    candidateEmail: emailField,
    startsAtLocal: startsAtLocalField,
    timeZone: z
      .string({ error: "Choose a time zone." })
      .max(64, "Choose a time zone from the list.")
      .refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/London."),
    durationMinutes: durationField,
    format: z.enum(meetingFormats, { error: "Choose on site, video or phone." }),
    location: optionalText("the address or link", PLAN_LIMITS.location),
    joiningNotes: optionalText("the arrival notes", PLAN_LIMITS.joiningNotes),
    agenda: z
      .array(requiredText("each agenda item", PLAN_LIMITS.agendaItem))
      .max(PLAN_LIMITS.agendaItems, `An agenda has at most ${PLAN_LIMITS.agendaItems} items.`)
      .default([]),
    internalNote: optionalText("the internal note", PLAN_LIMITS.internalNote),
  })
  .superRefine((m, ctx) => {
    if (m.format === "video") {
      const url = webUrl("the video link").safeParse(m.location);
      if (!url.success) ctx.addIssue({ code: "custom", path: ["location"], message: url.error.issues[0]!.message });
    }
    if (m.format === "on_site" && !m.location)
      ctx.addIssue({ code: "custom", path: ["location"], message: "Enter the address of the meeting." });
  });

const existingId = z.uuid({ error: "Not a valid id." }).nullish();
/** The row's version as the form was given it: required with an id, so a row changed meanwhile is refused (CONFLICT). */
const rowVersion = versionField.nullish();

function versionWithId(row: { id?: string | null; expectedVersion?: number | null }, ctx: z.RefinementCtx) {
  if (row.id && row.expectedVersion == null)
    ctx.addIssue({ code: "custom", path: ["expectedVersion"], message: "Not a valid version: reload and try again." });
}

export const interviewerInput = z
  .object({
    id: existingId,
    expectedVersion: rowVersion,
    name: requiredText("the interviewer's name", PLAN_LIMITS.interviewerName),
    jobTitle: optionalText("the job title", PLAN_LIMITS.jobTitle),
    background: optionalText("the background", PLAN_LIMITS.longText),
    wantsToEstablish: optionalText("what they want to establish", PLAN_LIMITS.longText),
    profileUrl: z
      .union([z.literal(""), webUrl("the profile link")])
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine(versionWithId);

export const firstInterviewItemInput = z
  .object({
    id: existingId,
    expectedVersion: rowVersion,
    topic: z.enum(firstInterviewTopics, { error: "Choose a topic." }),
    summary: requiredText("a summary", PLAN_LIMITS.summary),
    status: z.enum(firstInterviewStatuses, { error: "Choose agreed or to revisit." }).default("agreed"),
  })
  .superRefine(versionWithId);

/** The same existing row twice in one save would silently lose one of the two. */
function uniqueIds(rows: { id?: string | null }[]) {
  const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
  return new Set(ids).size === ids.length;
}

export const planContentInput = z.object({
  meeting: meetingInput,
  interviewers: z
    .array(interviewerInput)
    .max(PLAN_LIMITS.interviewers, `A plan has at most ${PLAN_LIMITS.interviewers} interviewers.`)
    .refine(uniqueIds, "The same interviewer appears twice.")
    .default([]),
  firstInterview: z
    .array(firstInterviewItemInput)
    .max(PLAN_LIMITS.firstInterviewItems, `Record at most ${PLAN_LIMITS.firstInterviewItems} items.`)
    .refine(uniqueIds, "The same item appears twice.")
    .default([]),
});

export const stageEnum = z.enum(planStages);

const interviewerOutput = z.object({
  id: z.uuid(),
  version: z.number().int(),
  name: z.string(),
  jobTitle: z.string(),
  background: z.string(),
  wantsToEstablish: z.string(),
  profileUrl: z.string().nullable(),
});

const firstInterviewOutput = z.object({
  id: z.uuid(),
  version: z.number().int(),
  topic: z.enum(firstInterviewTopics),
  summary: z.string(),
  status: z.enum(firstInterviewStatuses),
  flaggedBySide: z.enum(planSides).nullable(),
  flaggedAt: z.date().nullable(),
  comments: z.array(
    z.object({ id: z.uuid(), side: z.enum(planSides), authorName: z.string().nullable(), text: z.string(), createdAt: z.date() }),
  ),
  /** What the reader may do with the item (server/rules/item-rules.ts). */
  canFlag: z.boolean(),
  canReply: z.boolean(),
  canAgree: z.boolean(),
});

/** What the reader may do with the plan (server/rules/plan-actions.ts); the candidate's are false except `write`. */
export const planActionsOutput = z.strictObject({
  write: z.boolean(),
  edit: z.boolean(),
  share: z.boolean(),
  resend: z.boolean(),
  revoke: z.boolean(),
  cancel: z.boolean(),
  reschedule: z.boolean(),
  close: z.boolean(),
});

/** Where the meeting's time stands (server/domain/plan-views.ts schedulingOf). */
const schedulingOutput = z.strictObject({
  /** The candidate is picking from `openSlots`: startsAt and endsAt are no meeting time (server/rules/scheduling.ts). */
  toBePicked: z.boolean(),
  openSlots: z.array(z.strictObject({ id: z.uuid(), startsAt: z.date(), endsAt: z.date() })),
  otherTimesRequest: z.strictObject({ message: z.string(), requestedAt: z.date() }).nullable(),
});

/** What the reader may do about the time (server/rules/scheduling.ts): the organisation offers, the candidate picks or asks. */
const schedulingActionsOutput = z.strictObject({
  offer: z.boolean(),
  pick: z.boolean(),
  requestOtherTimes: z.boolean(),
  /** The candidate may still change or cancel the set time (before the organisation's cut-off). */
  changeTime: z.boolean(),
});

/** What both sides see. Strict: a field added to a view by mistake fails loudly instead of leaking. */
const sharedPlanOutput = {
  scheduling: schedulingOutput,
  schedulingAllowed: schedulingActionsOutput,
  id: z.uuid(),
  version: z.number().int(),
  stage: stageEnum,
  /** The meeting took place, so the page shows its debrief and next steps (server/rules/plan-actions.ts hasFollowUp). */
  followUp: z.boolean(),
  /** The meeting is still ahead, so the page says when next steps open (server/rules/plan-actions.ts isMeetingAhead). */
  meetingAhead: z.boolean(),
  roleTitle: z.string(),
  hiringCompany: z.string(),
  candidateName: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  format: z.enum(meetingFormats),
  location: z.string(),
  joiningNotes: z.string(),
  agenda: z.array(z.string()),
  cancelledAt: z.date().nullable(),
  stepsAgreedAt: z.date().nullable(),
  outcome: z.enum(planOutcomes).nullable(),
  closingMessage: z.string().nullable(),
  closedAt: z.date().nullable(),
  interviewers: z.array(interviewerOutput),
  firstInterview: z.array(firstInterviewOutput),
  allowed: planActionsOutput,
};

/** One member of the interviewing team, for the organisation only (never in the candidate's view). */
const teamMemberOutput = z.strictObject({
  interviewerId: z.uuid(),
  name: z.string(),
  jobTitle: z.string(),
  email: z.string().nullable(),
  /** The newest invitation (null: never invited). */
  invitation: z.strictObject({ status: z.enum(invitationStatuses), sentAt: z.date(), expiresAt: z.date() }).nullable(),
  joined: z.boolean(),
  /** Goals this interviewer wrote (prepared: more than none), and how many of them the candidate reads. */
  goals: z.number().int(),
  sharedGoals: z.number().int(),
  debriefed: z.boolean(),
  debriefNote: z.string(),
  remindedAt: z.date().nullable(),
  canInvite: z.boolean(),
  canRevoke: z.boolean(),
  canRemind: z.boolean(),
  /** While reminders are spaced: when the next one may go (server/rules/team.ts). */
  nextReminderAt: z.date().nullable(),
});

export const recruiterPlanOutput = z.strictObject({
  ...sharedPlanOutput,
  candidateEmail: z.string(),
  candidateJoined: z.boolean(),
  candidateEmailLocked: z.boolean(),
  /** Shared at some point, so the candidate is told of a cancel, a close or a new time (server/rules/plan-actions.ts candidateSeesPlan). */
  candidateSees: z.boolean(),
  startsAtLocal: z.string(),
  internalNote: z.string(),
  interviewersSeeInternalNote: z.boolean(),
  team: z.array(teamMemberOutput),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const candidatePlanOutput = z.strictObject({
  ...sharedPlanOutput,
  organisationName: z.string(),
  /** The candidate may rate the interview: closed after a meeting that took place (server/rules/feedback.ts). */
  feedbackOpen: z.boolean(),
  /** Null while the time is to be picked. After `cutoffAt` the candidate contacts `contact` (the plan's recruiter) instead. */
  timeChange: z
    .strictObject({
      cutoffAt: z.date(),
      cutoffHours: z.number().int(),
      contact: z.strictObject({ name: z.string(), email: z.string() }).nullable(),
    })
    .nullable(),
});

export const preparationSummaryOutput = z.object({
  stepsDone: z.number().int(),
  sharedGoals: z.number().int(),
  itemsToRevisit: z.number().int(),
});

export const planSummaryOutput = z.object({
  preparation: preparationSummaryOutput,
  id: z.uuid(),
  stage: stageEnum,
  roleTitle: z.string(),
  hiringCompany: z.string(),
  candidateName: z.string(),
  startsAt: z.date(),
  /** No time yet: the candidate is picking one (startsAt is then the first open slot's start). */
  timeToBePicked: z.boolean(),
  timeZone: z.string(),
  format: z.enum(meetingFormats),
});

/** A page of the dashboard: keyset cursors from the previous answer, never page numbers (server/domain/plan-list.ts). */
export const planListInput = z.object({
  stages: z.array(z.enum(planStages)).max(planStages.length).optional(),
  search: searchField(PLAN_LIMITS.search).optional(),
  /** nextCursor or previousCursor of an earlier answer with the same filters; absent for the first page. */
  cursor: z
    .string({ error: INVALID_CURSOR_MESSAGE })
    .max(MAX_CURSOR_LENGTH, INVALID_CURSOR_MESSAGE)
    .regex(/^[A-Za-z0-9_-]+$/, INVALID_CURSOR_MESSAGE)
    .optional(),
});

export const planListOutput = z.object({
  items: z.array(planSummaryOutput),
  pageSize: z.number().int(),
  /** Matching plans, exact up to a cap (1,000; 100 when searching); past it `total` is the cap and `totalCapped` says "more than". */
  total: z.number().int(),
  totalCapped: z.boolean(),
  /** How many plans come before items[0], for "Showing 21–40". */
  offset: z.number().int(),
  nextCursor: z.string().nullable(),
  previousCursor: z.string().nullable(),
});
