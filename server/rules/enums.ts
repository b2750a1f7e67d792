/**
 * The value lists of the schema's enums, shared by the database (db/schema/enums.ts
 * builds its pgEnums from them), the API's Zod schemas and the pages.
 */
export const membershipRoles = ["admin", "recruiter"] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const authTokenPurposes = ["magic_link", "password_reset", "sign_in_handoff", "email_verification"] as const;
export type AuthTokenPurpose = (typeof authTokenPurposes)[number];

export const outboxStatuses = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** A plan's life: the candidate sees nothing while it is a draft. */
export const planStages = ["draft", "shared", "preparing", "debrief", "next_steps_agreed", "closed"] as const;
export type PlanStage = (typeof planStages)[number];

export const meetingFormats = ["on_site", "video", "phone"] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

/** What a first interview should already have settled (the article's list). */
export const firstInterviewTopics = [
  "values",
  "basic_skills",
  "outlook",
  "vision_and_fit",
  "location",
  "start_date_and_hours",
  "package",
  "other",
] as const;
export type FirstInterviewTopic = (typeof firstInterviewTopics)[number];

export const firstInterviewStatuses = ["agreed", "to_revisit"] as const;
export type FirstInterviewStatus = (typeof firstInterviewStatuses)[number];

/** The two sides of a plan. Every goal, note and event belongs to one of them. */
export const planSides = ["candidate", "organisation"] as const;
export type PlanSide = (typeof planSides)[number];

/** Goal kinds per side, from the article's five points. */
export const candidateGoalKinds = ["establish", "doubt", "learn", "must_know"] as const;
export const organisationGoalKinds = ["team_goal", "challenge", "consistency_check"] as const;
export const goalKinds = [...candidateGoalKinds, ...organisationGoalKinds] as const;
export type GoalKind = (typeof goalKinds)[number];

export const goalPriorities = ["must", "should", "nice"] as const;
export type GoalPriority = (typeof goalPriorities)[number];

export const visibilities = ["shared", "private"] as const;
export type Visibility = (typeof visibilities)[number];

export const goalOutcomes = ["achieved", "partly", "not_achieved"] as const;
export type GoalOutcome = (typeof goalOutcomes)[number];

/** Who carries out a next step. */
export const stepOwners = ["candidate", "recruiter", "hiring_company"] as const;
export type StepOwner = (typeof stepOwners)[number];

export const stepStatuses = ["open", "done", "dropped"] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const planOutcomes = ["offer", "further_round", "not_progressing", "withdrawn"] as const;
export type PlanOutcome = (typeof planOutcomes)[number];

/** Who may read a timeline entry: both sides, or only one of them. */
export const audiences = ["both", "candidate", "organisation"] as const;
export type Audience = (typeof audiences)[number];

export const jobStatuses = ["pending", "running", "done", "skipped", "failed"] as const;
export type JobStatus = (typeof jobStatuses)[number];
