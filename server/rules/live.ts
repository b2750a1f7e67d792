/**
 * What a live event says: which plan (or whose notifications) changed and
 * which parts of it, never any content. Each subscriber re-reads what it may
 * see through the ordinary queries, so an event cannot carry the other side's
 * private text.
 */
export const planParts = [
  "details",
  "stage",
  "goals",
  "items",
  "preparation",
  "debrief",
  "steps",
  "timeline",
] as const;
export type PlanPart = (typeof planParts)[number];

export type LiveChange =
  | { scope: "plan"; planId: string; orgId: string; parts: PlanPart[] }
  | { scope: "user"; userId: string };

/** The one PostgreSQL channel every instance listens on. */
export const LIVE_CHANNEL = "second_round_changes";
