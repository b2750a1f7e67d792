import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/server/api/server-caller";
import { requireMe, whenRefused } from "@/server/auth/page-session";

/**
 * The candidate's view of one plan, or the 404 page: a plan this reader was
 * not invited to (or a draft, or a malformed id) looks exactly like a missing one.
 */
export const loadInterview = cache(async (planId: string, returnTo: string) => {
  await requireMe(returnTo);
  const api = await serverApi();
  const [plan, preparation] = await whenRefused(Promise.all([api.interview.get({ planId }), api.preparation.get({ planId })]), {
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  });
  return { plan, preparation };
});

export type LoadedInterview = Awaited<ReturnType<typeof loadInterview>>;
export type CandidatePlan = LoadedInterview["plan"];
