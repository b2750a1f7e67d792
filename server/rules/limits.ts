/**
 * Every limit the product enforces, read by the procedures' Zod schemas and
 * the domain's caps on the server and by the forms' maxLength in the browser,
 * so both give way at the same length.
 */

/** Account and organisation fields. */
export const LIMITS = {
  name: 100,
  email: 254,
  passwordMin: 10,
  passwordMax: 200,
  organisationName: 120,
  token: 200,
} as const;

/** A plan's details. Generous for people, bounded for the database. */
export const PLAN_LIMITS = {
  roleTitle: 120,
  hiringCompany: 120,
  candidateName: 100,
  location: 500,
  joiningNotes: 2000,
  agendaItems: 20,
  agendaItem: 200,
  internalNote: 5000,
  interviewers: 12,
  interviewerName: 100,
  jobTitle: 120,
  longText: 2000,
  url: 500,
  firstInterviewItems: 30,
  summary: 1000,
  minDuration: 15,
  maxDuration: 480,
  closingMessage: 2000,
  search: 100,
} as const;

export const GOAL_LIMITS = { text: 300, detail: 2000, outcomeNote: 2000 } as const;
export const COMMENT_LIMIT = 1000;
export const STEP_DESCRIPTION_LIMIT = 300;
/** A preparation note of the candidate's. */
export const NOTE_LIMIT = 5000;

export const MAX_GOALS_PER_SIDE = 50;
export const MAX_MEMBERS_PER_ORG = 500;
export const MAX_COMMENTS_PER_ITEM = 100;
export const MAX_STEPS_PER_PLAN = 30;
export const MAX_CANDIDATE_PLANS_LISTED = 100;

/**
 * The most calls one tRPC request may batch, for the server and the browser's
 * link alike: a batch of 200 unauthenticated calls would be 200 units of work
 * for the price of one request.
 */
export const MAX_BATCH_CALLS = 10;

/** Timeline entries per page: the page prefetches the first one and the panel reads that same query. */
export const TIMELINE_PAGE_SIZE = 20;

/** Notifications the header's bell lists (newest first). */
export const NOTIFICATIONS_LISTED = 20;

/** The candidate's feedback on a closed plan: an optional comment, bounded like an item comment's thread entry. */
export const FEEDBACK_COMMENT_LIMIT = 2000;

/**
 * The insights' period: at most three years of meetings at once (each day counted, leap days included),
 * and the latest candidate comments they list.
 */
export const INSIGHTS_MAX_SPAN_DAYS = 1096;
export const INSIGHTS_COMMENTS_LISTED = 10;
