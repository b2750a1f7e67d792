import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { firstInterviewStatus, firstInterviewTopic, meetingFormat, planOutcome, planSide, planStage } from "./enums";
import { organisations } from "./organisations";

/**
 * What the dashboard searches: candidate name, role title and company as one lowercased text, a line apart so a
 * term never matches across two of them. One LIKE on it costs PostgreSQL a fifth of three ILIKEs, whether it
 * filters an organisation's plans in meeting order or rechecks what the trigram index found. The query and the
 * index share this expression: the index serves only the expression it was built on.
 */
export function planSearchText(t: { candidateName: AnyPgColumn; roleTitle: AnyPgColumn; hiringCompany: AnyPgColumn }) {
  return sql`lower(${t.candidateName} || chr(10) || ${t.roleTitle} || chr(10) || ${t.hiringCompany})`;
}

/**
 * One second interview: a single record both sides work on. `version` grows
 * with every edit so a stale edit is refused instead of overwriting.
 * `endsAt` is stored (start + duration) so "the meeting is over" is an indexed comparison.
 * While `timeToBePicked` (the candidate picks from meeting_slots), `startsAt`
 * and `endsAt` span the open slots, first start to last end, so the dashboard
 * still orders the plan by when it may take place; no reader shows them as the
 * meeting's time (server/rules/scheduling.ts).
 */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    version: integer("version").notNull().default(1),
    stage: planStage("stage").notNull().default("draft"),
    roleTitle: text("role_title").notNull(),
    hiringCompany: text("hiring_company").notNull(),
    candidateName: text("candidate_name").notNull(),
    candidateEmail: text("candidate_email").notNull(),
    candidateUserId: uuid("candidate_user_id").references(() => users.id, { onDelete: "set null" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** The candidate is to pick the time from the slots offered (server/rules/scheduling.ts isTimeToBePicked). */
    timeToBePicked: boolean("time_to_be_picked").notNull().default(false),
    /** The candidate's request for times other than those offered, for the organisation; cleared by a new offer. */
    otherTimesMessage: text("other_times_message"),
    otherTimesRequestedAt: timestamp("other_times_requested_at", { withTimezone: true }),
    format: meetingFormat("format").notNull(),
    location: text("location").notNull().default(""),
    joiningNotes: text("joining_notes").notNull().default(""),
    agenda: jsonb("agenda").$type<string[]>().notNull().default([]),
    /** For the organisation only: never sent to the candidate. */
    internalNote: text("internal_note").notNull().default(""),
    /** The recruiter lets the invited interviewers read the internal note (they never do by default). */
    interviewersSeeInternalNote: boolean("interviewers_see_internal_note").notNull().default(false),
    /** Since when every open next step is confirmed by both sides (null when not). */
    stepsAgreedAt: timestamp("steps_agreed_at", { withTimezone: true }),
    outcome: planOutcome("outcome"),
    closingMessage: text("closing_message"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Set when the recruiter cancels the meeting; the plan is then closed. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** When the organisation's admins were told this plan's candidate data is due to be anonymised. */
    retentionNoticeAt: timestamp("retention_notice_at", { withTimezone: true }),
    /** When the candidate's personal data in this plan was erased (retention, their own deletion, or an admin's erasure). */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plans_org_starts_idx").on(t.orgId, t.startsAt, t.id),
    index("plans_org_stage_starts_idx").on(t.orgId, t.stage, t.startsAt, t.id),
    // The dashboard's search is LIKE '%term%' on planSearchText: only a trigram index can serve a match mid-word.
    index("plans_search_trgm_idx").using("gin", sql`${planSearchText(t)} gin_trgm_ops`),
    index("plans_candidate_idx").on(t.candidateUserId, t.startsAt),
    // The retention sweep and the insights read closed plans by organisation and closing time.
    index("plans_org_closed_idx").on(t.orgId, t.closedAt).where(sql`${t.closedAt} is not null`),
  ],
);
export type Plan = typeof plans.$inferSelect;

/** "People you're meeting" (article, point 1). */
export const planInterviewers = pgTable(
  "plan_interviewers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    jobTitle: text("job_title").notNull().default(""),
    background: text("background").notNull().default(""),
    wantsToEstablish: text("wants_to_establish").notNull().default(""),
    profileUrl: text("profile_url"),
    /** Grows on every change, so a stale edit is refused instead of overwriting a colleague's. */
    version: integer("version").notNull().default(1),
    /** Where the interviewer was invited to take part (null: described only, never invited). */
    email: text("email"),
    /** The account that accepted the invitation: it acts for this interviewer on this plan only. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The interviewer's own debrief of the meeting, for the organisation's side only. */
    debriefNote: text("debrief_note").notNull().default(""),
    debriefedAt: timestamp("debriefed_at", { withTimezone: true }),
    /** When a recruiter last reminded them to prepare or debrief (reminders are spaced). */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [
    index("plan_interviewers_plan_idx").on(t.planId, t.position),
    // One account speaks for one interviewer of a plan; the user index also finds a user's plans.
    uniqueIndex("plan_interviewers_user_key").on(t.userId, t.planId),
  ],
);
export type PlanInterviewer = typeof planInterviewers.$inferSelect;

/** What the first interview established: the consistency checks of the second. */
export const firstInterviewItems = pgTable(
  "first_interview_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    topic: firstInterviewTopic("topic").notNull(),
    summary: text("summary").notNull(),
    status: firstInterviewStatus("status").notNull().default("agreed"),
    /** Who last flagged the item "to revisit"; the discussion itself is in item_comments. */
    flaggedBySide: planSide("flagged_by_side"),
    flaggedById: uuid("flagged_by_id").references(() => users.id, { onDelete: "set null" }),
    flaggedAt: timestamp("flagged_at", { withTimezone: true }),
    /** Grows on every change (flag, agree, edit), so a stale flag or edit is refused. */
    version: integer("version").notNull().default(1),
  },
  (t) => [index("first_interview_items_plan_idx").on(t.planId, t.position)],
);
export type FirstInterviewItem = typeof firstInterviewItems.$inferSelect;

/** The candidate's link to a plan; only the token's hash is kept, and only the newest one works. */
export const planInvitations = pgTable(
  "plan_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedById: uuid("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("plan_invitations_token_key").on(t.tokenHash), index("plan_invitations_plan_idx").on(t.planId)],
);

/** An interviewer's link to take part in one plan; the same single-use, hash-only rules as the candidate's. */
export const interviewerInvitations = pgTable(
  "interviewer_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewerId: uuid("interviewer_id")
      .notNull()
      .references(() => planInterviewers.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedById: uuid("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("interviewer_invitations_token_key").on(t.tokenHash),
    index("interviewer_invitations_interviewer_idx").on(t.interviewerId, t.createdAt),
  ],
);
export type InterviewerInvitation = typeof interviewerInvitations.$inferSelect;

/**
 * The candidate's rating of the process, once per plan (the unique plan_id), after it closes.
 * `showName`: the candidate lets the organisation's reports name them; otherwise they read it anonymised.
 */
export const planFeedback = pgTable(
  "plan_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    candidateUserId: uuid("candidate_user_id").references(() => users.id, { onDelete: "set null" }),
    preparationRating: smallint("preparation_rating").notNull(),
    clarityRating: smallint("clarity_rating").notNull(),
    overallRating: smallint("overall_rating").notNull(),
    comment: text("comment").notNull().default(""),
    showName: boolean("show_name").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("plan_feedback_plan_key").on(t.planId),
    index("plan_feedback_org_created_idx").on(t.orgId, t.createdAt),
    check("plan_feedback_preparation_range", sql`${t.preparationRating} between 1 and 5`),
    check("plan_feedback_clarity_range", sql`${t.clarityRating} between 1 and 5`),
    check("plan_feedback_overall_range", sql`${t.overallRating} between 1 and 5`),
  ],
);
export type PlanFeedback = typeof planFeedback.$inferSelect;
