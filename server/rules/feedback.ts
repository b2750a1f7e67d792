import type { PlanStage } from "./enums";
import { isTimeToBePicked } from "./scheduling";

/**
 * The candidate's rating of their second interview, once per plan. Who may
 * rate and when is decided here: the procedure asserts it, the candidate's
 * plan view returns it as a flag, and the page renders that flag.
 */

/** The three questions, each rated 1 to 5; the order the form and the insights list them in. */
export const FEEDBACK_QUESTIONS = ["preparation", "clarity", "overall"] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

export const FEEDBACK_QUESTION_LABEL: Record<FeedbackQuestion, string> = {
  preparation: "How well did this plan help you prepare?",
  clarity: "How clear were the next steps?",
  overall: "Overall, how was the experience?",
};

/** The insights' short names of the questions. */
export const FEEDBACK_QUESTION_SHORT_LABEL: Record<FeedbackQuestion, string> = {
  preparation: "Preparation",
  clarity: "Clarity of next steps",
  overall: "Overall",
};

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;
export const RATING_LABEL: Record<(typeof RATING_VALUES)[number], string> = {
  1: "1 – Poor",
  2: "2 – Fair",
  3: "3 – Good",
  4: "4 – Very good",
  5: "5 – Excellent",
};

export const ALREADY_RATED_MESSAGE = "You have already rated this interview.";

/** How the organisation's insights name a candidate who did not allow their name. */
export const ANONYMOUS_CANDIDATE = "Anonymous candidate";

export interface FeedbackPlanFacts {
  stage: PlanStage;
  endsAt: Date;
  timeToBePicked?: boolean;
  closedAt: Date | null;
  cancelledAt: Date | null;
  anonymisedAt: Date | null;
}

/**
 * Why the candidate may not rate this plan now, or null when they may.
 * Only a meeting that took place is rated: the plan is closed with an
 * outcome after its meeting ended. A cancelled meeting never happened, so
 * there is nothing to rate; a plan whose candidate data was erased has no
 * candidate left to speak for.
 */
export function feedbackRefusal(plan: FeedbackPlanFacts, now: Date): string | null {
  if (plan.cancelledAt !== null) return "This meeting was cancelled, so there is nothing to rate.";
  if (plan.stage !== "closed" || plan.closedAt === null) return "You can rate this interview once the organisation has closed the plan.";
  if (isTimeToBePicked(plan) || plan.endsAt > now) return "You can rate this interview once the meeting has taken place.";
  if (plan.anonymisedAt !== null) return "This plan's candidate data has been erased.";
  return null;
}

/** The plan is in the state where its candidate rates it (whether or not they already did). */
export function isFeedbackOpen(plan: FeedbackPlanFacts, now: Date): boolean {
  return feedbackRefusal(plan, now) === null;
}
