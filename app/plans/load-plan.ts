import "server-only";
import type { Route } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { seedRecruiterPlanPage } from "@/server/api/plan-pages";
import { serverApi } from "@/server/api/server-caller";
import { getQueryClient, trpc } from "@/server/api/server-query";
import { whenRefused } from "@/server/auth/page-session";
import { interviewPath } from "@/server/rules/plan-urls";

/**
 * Another organisation's plan, a missing one and a malformed id all look the
 * same: 404. Someone with no organisation is sent to the candidate's view of
 * the plan, which applies its own rules.
 */
function orRefusal<T>(call: Promise<T>, planId: string) {
  return whenRefused(call, {
    FORBIDDEN: () => redirect(interviewPath(encodeURIComponent(planId)) as Route),
    NOT_FOUND: notFound,
    BAD_REQUEST: notFound,
  });
}

/**
 * A plan of the reader's organisation for the edit page, fetched once per
 * request into the request's query client (the metadata and the page share it).
 */
export const fetchRecruiterPlan = cache(async (planId: string) =>
  orRefusal(getQueryClient().fetchQuery({ ...trpc.plan.get.queryOptions({ planId }), retry: false }), planId),
);

/**
 * Everything the plan page's panels read, in the cache before the HTML is
 * rendered, from one read per request (the metadata and the page share it):
 * the page is complete on first paint, with or without JavaScript.
 */
export const fetchRecruiterPlanPage = cache(async (planId: string) =>
  orRefusal(seedRecruiterPlanPage(await serverApi(), trpc, getQueryClient(), planId), planId),
);

/** For generateMetadata: a title never turns the page into an error. */
export async function orNull<T>(read: Promise<T>): Promise<T | null> {
  return read.catch(() => null);
}
