import "server-only";
import type { Route } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/server/api/server-caller";
import { whenRefused } from "@/server/auth/page-session";

/**
 * A plan of the reader's organisation for the recruiter's pages. Another
 * organisation's plan, a missing one and a malformed id all look the same: 404.
 * Someone with no organisation is sent to the candidate's view of the plan,
 * which applies its own rules.
 */
export const loadPlan = cache(async (planId: string) =>
  whenRefused((await serverApi()).plan.get({ planId }), {
    FORBIDDEN: () => redirect(`/interviews/${encodeURIComponent(planId)}` as Route),
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  }),
);
