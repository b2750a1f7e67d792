import type { inferRouterOutputs } from "@trpc/server";
import type { GoalOutcome, PlanOutcome, PlanSide, PlanStage, StepOwner } from "@/db/schema/enums";
import type { AppRouter } from "@/server/api/root";

/**
 * Words the debrief, next steps, timeline and notifications share, so both
 * sides read the same names for the same things. Types only from the
 * database layer: nothing of it reaches the browser bundle.
 */
type Outputs = inferRouterOutputs<AppRouter>;
export type StepList = Outputs["nextStep"]["list"];
export type Step = StepList["steps"][number];
export type TimelineEntry = Outputs["timeline"]["list"][number];
export type OpenQuestions = Outputs["debrief"]["openQuestions"];

export const STEP_OWNERS: readonly StepOwner[] = ["candidate", "recruiter", "hiring_company"];

export const OWNER_LABEL: Record<StepOwner, string> = {
  candidate: "Candidate",
  recruiter: "Recruiter",
  hiring_company: "Hiring company",
};

/** The owner as the reader says it: the candidate reads "Candidate (you)" for their own steps. */
export function ownerLabelFor(owner: StepOwner, mySide: PlanSide): string {
  return owner === "candidate" && mySide === "candidate" ? "Candidate (you)" : OWNER_LABEL[owner];
}

/** The side that carries a step out (same rule as the server's sideOwning). */
export function sideOwning(owner: StepOwner): PlanSide {
  return owner === "candidate" ? "candidate" : "organisation";
}

export function otherSide(side: PlanSide): PlanSide {
  return side === "candidate" ? "organisation" : "candidate";
}

/** "the candidate" / "the interviewing team": the other side, named in a sentence. */
export function sideNoun(side: PlanSide): string {
  return side === "candidate" ? "the candidate" : "the interviewing team";
}

export const OUTCOME_LABEL: Record<PlanOutcome, string> = {
  offer: "Offer",
  further_round: "Further round",
  not_progressing: "Not progressing",
  withdrawn: "Withdrawn",
};

export const PLAN_OUTCOMES: readonly PlanOutcome[] = ["offer", "further_round", "not_progressing", "withdrawn"];

export const GOAL_OUTCOME_LABEL: Record<GoalOutcome, string> = {
  achieved: "Achieved",
  partly: "Partly",
  not_achieved: "Not achieved",
};

export const GOAL_OUTCOMES: readonly GoalOutcome[] = ["achieved", "partly", "not_achieved"];

/** Stages in which the meeting is over: the debrief and next steps are open (or, when closed, readable). */
export function isAfterMeeting(stage: PlanStage): boolean {
  return stage === "debrief" || stage === "next_steps_agreed" || stage === "closed";
}

export const STEP_DESCRIPTION_LIMIT = 300;

/** Cuts a prefilled description to what the server accepts, on a word boundary when it can. */
export function fitDescription(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= STEP_DESCRIPTION_LIMIT) return clean;
  const cut = clean.slice(0, STEP_DESCRIPTION_LIMIT - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > STEP_DESCRIPTION_LIMIT * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** The tRPC code of a failure, e.g. "CONFLICT" when someone changed the step meanwhile. */
export function errorCode(error: unknown): string | undefined {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : undefined;
}

/** Failures a reload fixes: someone else changed the step, or it is no longer open. */
export function isStale(error: unknown): boolean {
  const code = errorCode(error);
  return code === "CONFLICT" || code === "PRECONDITION_FAILED" || code === "NOT_FOUND";
}
