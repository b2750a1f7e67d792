import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireMe } from "@/lib/current-user";
import { serverApi } from "@/server/api/server-caller";

/**
 * The candidate's view of one plan, or the 404 page: a plan this reader was
 * not invited to (or a draft, or a malformed id) looks exactly like a missing one.
 */
export const loadInterview = cache(async (planId: string, returnTo: string) => {
  await requireMe(returnTo);
  const api = await serverApi();
  try {
    const [plan, preparation] = await Promise.all([api.interview.get({ planId }), api.preparation.get({ planId })]);
    return { plan, preparation };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export type LoadedInterview = Awaited<ReturnType<typeof loadInterview>>;
export type CandidatePlan = LoadedInterview["plan"];
