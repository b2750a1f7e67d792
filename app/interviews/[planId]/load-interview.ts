import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getQueryClient, trpc } from "@/server/api/server-query";
import { requireMe, whenRefused } from "@/server/auth/page-session";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";

/**
 * The candidate's view of one plan, fetched once per request into the
 * request's query client (metadata and page share it), or the 404 page: a
 * plan this reader was not invited to (or a draft, or a malformed id) looks
 * exactly like a missing one.
 */
export const fetchInterview = cache(async (planId: string, returnTo: string) => {
  await requireMe(returnTo);
  return whenRefused(getQueryClient().fetchQuery({ ...trpc.interview.get.queryOptions({ planId }), retry: false }), {
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  });
});

/**
 * Everything the candidate's plan page reads, in the cache before the HTML
 * is rendered, so it is complete on first paint. Next steps and open
 * questions exist only after a meeting that took place.
 */
export async function prefetchInterviewPage(planId: string, returnTo: string) {
  const plan = await fetchInterview(planId, returnTo);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.preparation.get.queryOptions({ planId })),
    queryClient.prefetchQuery(trpc.goal.list.queryOptions({ planId })),
    queryClient.prefetchQuery(trpc.timeline.list.queryOptions({ planId, limit: TIMELINE_PAGE_SIZE })),
    plan.followUp && queryClient.prefetchQuery(trpc.nextStep.list.queryOptions({ planId })),
    plan.followUp && queryClient.prefetchQuery(trpc.debrief.openQuestions.queryOptions({ planId })),
  ]);
  return plan;
}

/** What the preparation page reads: the plan, the candidate's preparation and the goals of both sides. */
export async function prefetchPreparePage(planId: string, returnTo: string) {
  const plan = await fetchInterview(planId, returnTo);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.preparation.get.queryOptions({ planId })),
    queryClient.prefetchQuery(trpc.goal.list.queryOptions({ planId })),
  ]);
  return plan;
}
