import { pgEnum } from "drizzle-orm/pg-core";
import {
  audiences,
  authTokenPurposes,
  firstInterviewStatuses,
  firstInterviewTopics,
  goalKinds,
  goalOutcomes,
  goalPriorities,
  jobStatuses,
  meetingFormats,
  membershipRoles,
  outboxStatuses,
  planOutcomes,
  planSides,
  planStages,
  stepOwners,
  stepStatuses,
  visibilities,
} from "../../server/rules/enums";

export const membershipRole = pgEnum("membership_role", membershipRoles);
export const authTokenPurpose = pgEnum("auth_token_purpose", authTokenPurposes);
export const outboxStatus = pgEnum("outbox_status", outboxStatuses);
export const planStage = pgEnum("plan_stage", planStages);
export const meetingFormat = pgEnum("meeting_format", meetingFormats);
export const firstInterviewTopic = pgEnum("first_interview_topic", firstInterviewTopics);
export const firstInterviewStatus = pgEnum("first_interview_status", firstInterviewStatuses);
export const planSide = pgEnum("plan_side", planSides);
export const goalKind = pgEnum("goal_kind", goalKinds);
export const goalPriority = pgEnum("goal_priority", goalPriorities);
export const visibility = pgEnum("visibility", visibilities);
export const goalOutcome = pgEnum("goal_outcome", goalOutcomes);
export const stepOwner = pgEnum("step_owner", stepOwners);
export const stepStatus = pgEnum("step_status", stepStatuses);
export const planOutcome = pgEnum("plan_outcome", planOutcomes);
export const audience = pgEnum("audience", audiences);
export const jobStatus = pgEnum("job_status", jobStatuses);
