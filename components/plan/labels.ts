import type { FirstInterviewStatus, FirstInterviewTopic, MeetingFormat, PlanStage } from "@/db/schema";

/**
 * Words the recruiter's pages use for the plan's enums. The records are typed
 * by the schema's unions, so a new topic or format fails the build until it has a label.
 * (Types only: nothing from the database layer reaches the browser bundle.)
 */
export const TOPIC_LABELS: Record<FirstInterviewTopic, string> = {
  values: "Values",
  basic_skills: "Basic skills",
  outlook: "Outlook",
  vision_and_fit: "Vision and fit",
  location: "Location",
  start_date_and_hours: "Start date and hours",
  package: "Package",
  other: "Other",
};
export const TOPICS = Object.keys(TOPIC_LABELS) as FirstInterviewTopic[];

export const ITEM_STATUS_LABELS: Record<FirstInterviewStatus, string> = {
  agreed: "Agreed",
  to_revisit: "To revisit",
};

export const FORMAT_LABELS: Record<MeetingFormat, string> = {
  on_site: "On site",
  video: "Video",
  phone: "Phone",
};
export const FORMATS = Object.keys(FORMAT_LABELS) as MeetingFormat[];

/** What the "location" field holds, per format. */
export const LOCATION_LABELS: Record<MeetingFormat, string> = {
  on_site: "Address",
  video: "Video link",
  phone: "Phone details",
};

export const LOCATION_HINTS: Record<MeetingFormat, string> = {
  on_site: "Where the candidate should go, as it would appear on a map.",
  video: "The full meeting link, starting with https://.",
  phone: "Optional: who calls whom, and on which number.",
};

export const JOINING_NOTES_LABELS: Record<MeetingFormat, string> = {
  on_site: "Arrival notes",
  video: "Joining notes",
  phone: "Joining notes",
};

export const STAGE_TONES: Record<PlanStage, "neutral" | "brand" | "warning" | "success"> = {
  draft: "neutral",
  shared: "brand",
  preparing: "brand",
  debrief: "warning",
  next_steps_agreed: "success",
  closed: "neutral",
};

export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export interface PreparationCounts {
  stepsDone: number;
  sharedGoals: number;
  itemsToRevisit: number;
}

export const PREPARATION_STEP_COUNT = 5;

/** True while the candidate has done nothing yet on a plan they haven't opened (or can't see). */
export function preparationNotStarted(p: PreparationCounts, stage: PlanStage): boolean {
  return p.stepsDone === 0 && p.sharedGoals === 0 && (stage === "draft" || stage === "shared");
}

/**
 * "4 of 5 steps · 6 shared goals · 2 to revisit"; "Not started" before the
 * candidate has done anything (items to revisit can exist already: the recruiter may flag them).
 */
export function preparationText(p: PreparationCounts, stage: PlanStage, { long = false } = {}): string {
  const parts = preparationNotStarted(p, stage)
    ? ["Not started"]
    : [`${p.stepsDone} of ${PREPARATION_STEP_COUNT} steps`, plural(p.sharedGoals, "shared goal")];
  if (p.itemsToRevisit > 0) parts.push(long ? `${plural(p.itemsToRevisit, "item")} to revisit` : `${p.itemsToRevisit} to revisit`);
  return parts.join(" · ");
}

/** "45 minutes", "1 hour", "1 hour 30 min" */
export function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} minutes`;
  return `${h} hour${h > 1 ? "s" : ""}${m ? ` ${m} min` : ""}`;
}
