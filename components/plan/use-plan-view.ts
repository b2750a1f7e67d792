"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { useTRPC } from "@/components/trpc";

/**
 * An invited interviewer's page reads the plan through team.get: they are on
 * the organisation's side, but plan.get is the members'. Their page provides
 * this once, so the shared panels read the view that page hydrated.
 */
export const InterviewerPage = createContext(false);

/**
 * The plan as the reader's side sees it, from the query cache the page
 * hydrated: `interview.get` for the candidate, `plan.get` for the
 * organisation's members, `team.get` for an invited interviewer. Shared
 * panels read what all three views carry.
 */
export function usePlanView(planId: string, mySide: PlanSide) {
  const trpc = useTRPC();
  const interviewer = useContext(InterviewerPage) && mySide === "organisation";
  const candidate = useQuery({ ...trpc.interview.get.queryOptions({ planId }), enabled: mySide === "candidate" });
  const organisation = useQuery({ ...trpc.plan.get.queryOptions({ planId }), enabled: mySide === "organisation" && !interviewer });
  const team = useQuery({ ...trpc.team.get.queryOptions({ planId }), enabled: interviewer });
  return mySide === "candidate" ? candidate : interviewer ? team : organisation;
}

/** Whether the plan may still change (the server's `allowed.write`); false until the view is loaded. */
export function usePlanWritable(planId: string, mySide: PlanSide): boolean {
  return usePlanView(planId, mySide).data?.allowed.write ?? false;
}
