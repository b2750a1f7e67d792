import "server-only";
import type { Route } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getQueryClient, trpc } from "@/server/api/server-query";
import { whenRefused } from "@/server/auth/page-session";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";
import { interviewPath } from "@/server/rules/plan-urls";

/**
 * A plan of the reader's organisation for the recruiter's pages, fetched once
 * per request into the request's query client (the metadata and the page
 * share it). Another organisation's plan, a missing one and a malformed id
 * all look the same: 404. Someone with no organisation is sent to the
 * candidate's view of the plan, which applies its own rules.
 */
export const fetchRecruiterPlan = cache(async (planId: string) =>
  whenRefused(getQueryClient().fetchQuery({ ...trpc.plan.get.queryOptions({ planId }), retry: false }), {
    FORBIDDEN: () => redirect(interviewPath(encodeURIComponent(planId)) as Route),
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  }),
);

/** The plan for generateMetadata: a title never turns the page into an error. */
export async function recruiterPlanOrNull(planId: string) {
  return fetchRecruiterPlan(planId).catch(() => null);
}

/**
 * Everything the plan page's panels read, in the cache before the HTML is
 * rendered: the page is complete on first paint, with or without JavaScript.
 * Only what the page will show is fetched (next steps and open questions
 * exist after the meeting, and never for a cancelled one).
 */
export async function prefetchRecruiterPlanPage(planId: string) {
  const plan = await fetchRecruiterPlan(planId);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.goal.list.queryOptions({ planId })),
    queryClient.prefetchQuery(trpc.timeline.list.queryOptions({ planId, limit: TIMELINE_PAGE_SIZE })),
    plan.followUp && queryClient.prefetchQuery(trpc.nextStep.list.queryOptions({ planId })),
    plan.followUp && queryClient.prefetchQuery(trpc.debrief.openQuestions.queryOptions({ planId })),
  ]);
  return plan;
}
