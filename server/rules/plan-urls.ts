import type { PlanSide } from "./enums";

/**
 * Where a plan lives for each side: pages, emails, notifications and calendar
 * files all link through here, so a route moves in one place. Paths only;
 * emails prefix them with the app's address (absoluteUrl).
 */
export const newPlanPath = () => "/plans/new";
export const planPath = (planId: string) => `/plans/${planId}`;
export const planEditPath = (planId: string) => `/plans/${planId}/edit`;
export const interviewPath = (planId: string) => `/interviews/${planId}`;
export const interviewPreparePath = (planId: string) => `/interviews/${planId}/prepare`;

/** The plan page of the reader's side: the organisation's /plans page or the candidate's /interviews page. */
export function planPathFor(side: PlanSide, planId: string): string {
  return side === "candidate" ? interviewPath(planId) : planPath(planId);
}

/** The meeting's calendar file, as each side downloads it. */
export function meetingCalendarPath(side: PlanSide, planId: string): string {
  return `/api${planPathFor(side, planId)}/calendar`;
}

/** One next step's due date as a calendar file (the same route serves both sides). */
export const stepCalendarPath = (planId: string, stepId: string) => `/api/plans/${planId}/steps/${stepId}/calendar`;

/** The candidate's emailed invitation link. */
export const joinPath = (token: string) => `/join/${encodeURIComponent(token)}`;

/** A path as a full link, for emails and calendar files (appUrl: the APP_URL setting, without a trailing slash). */
export function absoluteUrl(appUrl: string, path: string): string {
  return `${appUrl}${path}`;
}
