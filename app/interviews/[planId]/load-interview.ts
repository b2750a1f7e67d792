import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { seedCandidatePlanPage, type CandidatePagePanels } from "@/server/api/plan-pages";
import { serverApi } from "@/server/api/server-caller";
import { getQueryClient, trpc } from "@/server/api/server-query";
import { requireMe, whenRefused } from "@/server/auth/page-session";

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
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  });
});
