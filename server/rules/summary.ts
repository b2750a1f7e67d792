import type { PlanRole } from "./plan-roles";

/**
 * Where each reader downloads their own summary of a plan (server/summary/): the
 * organisation's members under /api/plans, the candidate under /api/interviews,
 * an invited interviewer under /api/team, each answered from that reader's page.
 */
export function summaryPathFor(role: PlanRole, planId: string): string {
  const base = role === "candidate" ? "interviews" : role === "interviewer" ? "team" : "plans";
  return `/api/${base}/${planId}/summary`;
}

/** The query parameter carrying the reader's time zone (the browser's; the server cannot know it). */
export const SUMMARY_ZONE_PARAM = "tz";
