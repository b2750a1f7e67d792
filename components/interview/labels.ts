import type {
  FirstInterviewTopic,
  GoalKind,
  GoalPriority,
  MeetingFormat,
  PlanSide,
  PlanStage,
} from "@/db/schema/enums";

/** Words the candidate's and the recruiter's views share, so both sides name things the same way. */

export const STAGE_LABEL: Record<PlanStage, string> = {
  draft: "Draft",
  shared: "Invitation sent",
  preparing: "Preparing",
  debrief: "Debrief",
  next_steps_agreed: "Next steps agreed",
  closed: "Closed",
};

export const STAGE_TONE: Record<PlanStage, "neutral" | "brand" | "warning" | "success"> = {
  draft: "neutral",
  shared: "brand",
  preparing: "brand",
  debrief: "warning",
  next_steps_agreed: "success",
  closed: "neutral",
};

export const FORMAT_LABEL: Record<MeetingFormat, string> = {
  on_site: "On site",
  video: "Video call",
  phone: "Phone call",
};

export const TOPIC_LABEL: Record<FirstInterviewTopic, string> = {
  values: "Values",
  basic_skills: "Basic skills",
  outlook: "Outlook",
  vision_and_fit: "Vision and fit",
  location: "Location",
  start_date_and_hours: "Start date and hours",
  package: "Package",
  other: "Other",
};

export const GOAL_KIND_LABEL: Record<GoalKind, string> = {
  establish: "What I want to establish",
  doubt: "Doubts to resolve",
  learn: "What I want to learn about the organisation",
  must_know: "What I must know before I leave",
  team_goal: "What the interviewing team wants to achieve",
  challenge: "Areas to challenge",
  consistency_check: "Consistency checks",
};

/** The candidate's kinds read in the first person; the organisation sees them about the candidate. */
export const GOAL_KIND_LABEL_FOR_OTHER_SIDE: Record<GoalKind, string> = {
  ...GOAL_KIND_LABEL,
  establish: "What they want to establish",
  doubt: "Doubts to resolve",
  learn: "What they want to learn about the organisation",
  must_know: "What they must know before they leave",
};

export const GOAL_KINDS_OF: Record<PlanSide, readonly GoalKind[]> = {
  candidate: ["establish", "doubt", "learn", "must_know"],
  organisation: ["team_goal", "challenge", "consistency_check"],
};

export const PRIORITY_LABEL: Record<GoalPriority, string> = {
  must: "Must",
  should: "Should",
  nice: "Nice to have",
};

export const PRIORITIES: readonly GoalPriority[] = ["must", "should", "nice"];

/** How one side names the other, and itself, in headings and comment threads. */
export function sideName(side: PlanSide, viewer: PlanSide): string {
  if (side === viewer) return side === "candidate" ? "You" : "Your team";
  return side === "candidate" ? "The candidate" : "The interviewing team";
}

export function otherSideOf(side: PlanSide): PlanSide {
  return side === "candidate" ? "organisation" : "candidate";
}

export const PRIVATE_EXPLANATION: Record<PlanSide, string> = {
  candidate: "Private: only you see this",
  organisation: "Private: only your organisation sees this",
};
