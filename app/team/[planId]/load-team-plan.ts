import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { seedInterviewerPlanPage } from "@/server/api/plan-pages";
import { serverApi } from "@/server/api/server-caller";
import { getQueryClient, trpc } from "@/server/api/server-query";
import { requireMe, whenRefused } from "@/server/auth/page-session";

/**
 * An invited interviewer's view of one plan and its panels, in the request's
 * query client before the HTML is rendered, from one read per request (the
 * metadata and the page share it). A plan this reader does not interview for
 * (a member's or the candidate's included: they have their own pages) looks
 * exactly like a missing one: the 404 page.
 */
export const fetchTeamPlan = cache(async (planId: string, returnTo: string) => {
  await requireMe(returnTo);
  return whenRefused(seedInterviewerPlanPage(await serverApi(), trpc, getQueryClient(), planId), {
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  });
});
