"use client";

import dynamic from "next/dynamic";
import type { PlanFollowUpProps } from "./follow-up-sections";

// Next steps, the debrief and the closing dialog are half of a plan page's code: a plan whose meeting is still
// ahead renders none of them, so it loads none of them (the server renders them into the page when it does).
const FollowUpSections = dynamic(() => import("./follow-up-sections").then((m) => m.FollowUpSections));

/** Everything after the meeting, for both plan pages; before the meeting it stays out of the way (PlanHistory says when it opens). */
export function PlanFollowUp(props: PlanFollowUpProps) {
  if (!props.followUp) return null;
  return <FollowUpSections {...props} />;
}
