import "server-only";
import type { Route } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { seedCandidatePlanPage, type CandidatePagePanels } from "@/server/api/plan-pages";
import { serverApi } from "@/server/api/server-caller";
import { getQueryClient, trpc } from "@/server/api/server-query";
import { requireMe, whenRefused } from "@/server/auth/page-session";
import { teamPlanPath } from "@/server/rules/team";

/**
 * The candidate's view of one plan and what `page` shows of it, in the
 * request's query client before the HTML is rendered (complete on first
 * paint), from one read per request: the metadata and the page share it.
 * A plan this reader was not invited to (or a draft, or a malformed id)
 * looks exactly like a missing one: the 404 page.
 */
export const fetchInterview = cache(async (planId: string, returnTo: string, page: CandidatePagePanels) => {
  await requireMe(returnTo);
  return whenRefused(seedCandidatePlanPage(await serverApi(), trpc, getQueryClient(), planId, page), {
    NOT_FOUND: () => toTeamPageOrNotFound(planId),
    BAD_REQUEST: notFound,
  });
});

/**
 * Links for someone with no organisation lead here (server/rules/plan-urls.ts
 * planPathFor): an invited interviewer of the plan has their own page. Asked
 * only on the way to a 404, so the candidate's page costs nothing more.
 */
async function toTeamPageOrNotFound(planId: string): Promise<never> {
  const interviewer = await whenRefused((await serverApi()).team.get({ planId }).then(() => true), {
    NOT_FOUND: () => false,
    BAD_REQUEST: () => false,
  });
  if (interviewer) redirect(teamPlanPath(encodeURIComponent(planId)) as Route);
  notFound();
}
