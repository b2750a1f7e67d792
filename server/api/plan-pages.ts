import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";
import type { AppRouter, createCaller } from "./root";

/**
 * A plan page reads everything it shows in one procedure call (plan.page,
 * interview.page: one SQL statement) and seeds each part into the query the
 * panel reads, under that procedure's own key: the panels, their mutations
 * and the live invalidation keep their per-part queries and procedures, and
 * the page is complete on first paint without a statement per panel.
 */
type Caller = ReturnType<typeof createCaller>;
type Keys = TRPCOptionsProxy<AppRouter>;

interface Panels {
  goals: Awaited<ReturnType<Caller["goal"]["list"]>>;
  timeline: Awaited<ReturnType<Caller["timeline"]["list"]>>;
  steps: Awaited<ReturnType<Caller["nextStep"]["list"]>> | null;
  openQuestions: Awaited<ReturnType<Caller["debrief"]["openQuestions"]>> | null;
}

/** Which panels a page shows: the plan page all of them, the preparation page its checklist's. */
export type CandidatePagePanels = "plan" | "prepare";

function seedPanels(keys: Keys, queryClient: QueryClient, planId: string, panels: Panels, only?: "goals") {
  queryClient.setQueryData(keys.goal.list.queryKey({ planId }), panels.goals);
  if (only) return;
  queryClient.setQueryData(keys.timeline.list.queryKey({ planId, limit: TIMELINE_PAGE_SIZE }), panels.timeline);
  // Null before the meeting took place: the page does not show them, so nothing reads them.
  if (panels.steps) queryClient.setQueryData(keys.nextStep.list.queryKey({ planId }), panels.steps);
  if (panels.openQuestions) queryClient.setQueryData(keys.debrief.openQuestions.queryKey({ planId }), panels.openQuestions);
}

/** The recruiter's plan page: plan.get and every panel's query, from one read. Returns the plan and what it was read from (for PlanLive). */
export async function seedRecruiterPlanPage(api: Caller, keys: Keys, queryClient: QueryClient, planId: string) {
  const { plan, renderedFrom, ...panels } = await api.plan.page({ planId });
  queryClient.setQueryData(keys.plan.get.queryKey({ planId }), plan);
  seedPanels(keys, queryClient, planId, panels);
  return { plan, renderedFrom };
}

/**
 * The candidate's pages: interview.get and the panels `page` shows, from one
 * read. A reader the panels would answer for another side gets only the plan
 * seeded; the panels then read for themselves.
 */
export async function seedCandidatePlanPage(
  api: Caller,
  keys: Keys,
  queryClient: QueryClient,
  planId: string,
  page: CandidatePagePanels,
) {
  const { plan, panels, renderedFrom } = await api.interview.page({ planId });
  queryClient.setQueryData(keys.interview.get.queryKey({ planId }), plan);
  if (panels) {
    queryClient.setQueryData(keys.preparation.get.queryKey({ planId }), panels.preparation);
    seedPanels(keys, queryClient, planId, panels, page === "prepare" ? "goals" : undefined);
  }
  return { plan, renderedFrom };
}

/** An invited interviewer's plan page: team.get and every panel's query, from one read. Returns the plan and what it was read from (for PlanLive). */
export async function seedInterviewerPlanPage(api: Caller, keys: Keys, queryClient: QueryClient, planId: string) {
  const { plan, renderedFrom, ...panels } = await api.team.page({ planId });
  queryClient.setQueryData(keys.team.get.queryKey({ planId }), plan);
  seedPanels(keys, queryClient, planId, panels);
  return { plan, renderedFrom };
}
