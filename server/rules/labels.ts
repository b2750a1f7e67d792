import type {
  FirstInterviewStatus,
  FirstInterviewTopic,
  GoalKind,
  GoalOutcome,
  GoalPriority,
  MeetingFormat,
  MembershipRole,
  PlanOutcome,
  PlanSide,
  PlanStage,
  StepOwner,
} from "@/server/rules/enums";
import { STAGE_LABELS } from "@/server/rules/stages";

/**
 * The words both sides' pages use for the schema's enums, so the same thing
 * is always named the same way. The records are typed by the schema's unions:
 * a new value fails the build until it has its words. (Types only from the
 * database layer: nothing of it reaches the browser bundle.)
 */

/** The record's keys, in the order written: the order choices are offered in. */
const keysOf = <K extends string>(record: Record<K, string>) => Object.keys(record) as K[];

/** The recruiter reads the server's STAGE_LABELS; to the candidate a shared plan is the invitation they received. */
export const STAGE_LABEL_FOR_CANDIDATE: Record<PlanStage, string> = { ...STAGE_LABELS, shared: "Invitation sent" };

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
  video: "Video",
  phone: "Phone",
};
export const FORMATS = keysOf(FORMAT_LABEL);

export const FORMAT_LABEL_FOR_CANDIDATE: Record<MeetingFormat, string> = { ...FORMAT_LABEL, video: "Video call", phone: "Phone call" };

/** What the "location" field holds, per format. */
export const LOCATION_LABEL: Record<MeetingFormat, string> = {
  on_site: "Address",
  video: "Video link",
  phone: "Phone details",
};

export const LOCATION_HINT: Record<MeetingFormat, string> = {
  on_site: "Where the candidate should go, as it would appear on a map.",
  video: "The full meeting link, starting with https://.",
  phone: "Optional: who calls whom, and on which number.",
};

export const JOINING_NOTES_LABEL: Record<MeetingFormat, string> = {
  on_site: "Arrival notes",
  video: "Joining notes",
  phone: "Joining notes",
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
export const TOPICS = keysOf(TOPIC_LABEL);

export const ITEM_STATUS_LABEL: Record<FirstInterviewStatus, string> = {
  agreed: "Agreed",
  to_revisit: "To revisit",
};
export const ITEM_STATUSES = keysOf(ITEM_STATUS_LABEL);

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
  learn: "What they want to learn about the organisation",
  must_know: "What they must know before they leave",
};

/** One goal's kind, above its text in the debrief. */
export const GOAL_KIND_SHORT_LABEL: Record<GoalKind, string> = {
  establish: "To establish",
  doubt: "Doubt to resolve",
  learn: "To learn about the organisation",
  must_know: "Must know before leaving",
  team_goal: "Team goal",
  challenge: "Area to challenge",
  consistency_check: "Consistency check",
};

export const PRIORITY_LABEL: Record<GoalPriority, string> = {
  must: "Must",
  should: "Should",
  nice: "Nice to have",
};
export const PRIORITIES = keysOf(PRIORITY_LABEL);

export const GOAL_OUTCOME_LABEL: Record<GoalOutcome, string> = {
  achieved: "Achieved",
  partly: "Partly",
  not_achieved: "Not achieved",
};
export const GOAL_OUTCOMES = keysOf(GOAL_OUTCOME_LABEL);

export const OUTCOME_LABEL: Record<PlanOutcome, string> = {
  offer: "Offer",
  further_round: "Further round",
  not_progressing: "Not progressing",
  withdrawn: "Withdrawn",
};
export const PLAN_OUTCOMES = keysOf(OUTCOME_LABEL);

export const OUTCOME_HINT: Record<PlanOutcome, string> = {
  offer: "The hiring company is making an offer.",
  further_round: "The candidate is invited to another round.",
  not_progressing: "The process ends here for this candidate.",
  withdrawn: "The candidate withdrew, or the role was withdrawn.",
};

export const OWNER_LABEL: Record<StepOwner, string> = {
  candidate: "Candidate",
  recruiter: "Recruiter",
  hiring_company: "Hiring company",
};
export const STEP_OWNERS = keysOf(OWNER_LABEL);

/** The owner as the reader says it: the candidate reads "Candidate (you)" for their own steps. */
export function ownerLabelFor(owner: StepOwner, mySide: PlanSide): string {
  return owner === "candidate" && mySide === "candidate" ? "Candidate (you)" : OWNER_LABEL[owner];
}

/** "the recruiter", "the hiring company": the owner inside a sentence (notifications, emails). */
export function ownerNoun(owner: StepOwner): string {
  return `the ${OWNER_LABEL[owner].toLowerCase()}`;
}

export const ROLE_LABEL: Record<MembershipRole, string> = {
  recruiter: "Recruiter",
  admin: "Admin",
};
export const ROLES = keysOf(ROLE_LABEL);

/** "an admin", "a recruiter": the role inside a sentence ("… is now an admin", "Join Acme as a recruiter"). */
export const ROLE_WITH_ARTICLE: Record<MembershipRole, string> = {
  admin: `an ${ROLE_LABEL.admin.toLowerCase()}`,
  recruiter: `a ${ROLE_LABEL.recruiter.toLowerCase()}`,
};

export const PRIVATE_EXPLANATION: Record<PlanSide, string> = {
  candidate: "Private: only you see this",
  organisation: "Private: only your organisation sees this",
};

/** How one side names the other, and itself, at the start of a sentence or in a comment thread. */
export function sideName(side: PlanSide, viewer: PlanSide): string {
  if (side === viewer) return side === "candidate" ? "You" : "Your team";
  return side === "candidate" ? "The candidate" : "The interviewing team";
}

/** "the candidate" / "the interviewing team": the other side, named inside a sentence. */
export function sideNoun(side: PlanSide): string {
  return side === "candidate" ? "the candidate" : "the interviewing team";
}
