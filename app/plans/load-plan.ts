import "server-only";
import { TRPCError } from "@trpc/server";
import type { Route } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/server/api/server-caller";

/**
 * A plan of the reader's organisation for the recruiter's pages. Another
 * organisation's plan, a missing one and a malformed id all look the same: 404.
 * Someone with no organisation is sent to the candidate's view of the plan,
 * which applies its own rules.
 */
export const loadPlan = cache(async (planId: string) => {
  const api = await serverApi();
  try {
    return await api.plan.get({ planId });
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "FORBIDDEN") redirect(`/interviews/${encodeURIComponent(planId)}` as Route);
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    }
    throw error;
  }
});
