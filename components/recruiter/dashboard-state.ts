import type { RouterInputs } from "@/components/api-types";
import type { PlanStage } from "@/server/rules/enums";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { STAGE_LABELS } from "@/server/rules/stages";

export const STAGES = Object.keys(STAGE_LABELS) as PlanStage[];

export interface ListState {
  stage: PlanStage | null;
  q: string;
  /** plan.list's nextCursor or previousCursor, as opaque as the server made it; null for the first page. */
  cursor: string | null;
}

/**
 * The list the address asks for; a malformed stage or search falls back to everything. A cursor is passed on
 * as it is: the server says when it is not valid, and the dashboard offers the first page.
 */
export function readState(params: URLSearchParams): ListState {
  const stage = params.get("stage");
  return {
    stage: (STAGES as string[]).includes(stage ?? "") ? (stage as PlanStage) : null,
    q: (params.get("q") ?? "").trim().slice(0, PLAN_LIMITS.search),
    cursor: params.get("cursor") || null,
  };
}

/**
 * The filters and the page live in the address (?stage=…&q=…&cursor=…) so a view can be
 * bookmarked, shared and restored with Back. History is written directly:
 * Next keeps useSearchParams in step without a round trip to the server.
 */
export function writeState(next: ListState, mode: "push" | "replace") {
  const params = new URLSearchParams();
  if (next.stage) params.set("stage", next.stage);
  if (next.q) params.set("q", next.q);
  if (next.cursor) params.set("cursor", next.cursor);
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The plan.list input for a state: the page prefetches with it, the dashboard reads with it (one cache entry). */
export function listInput(state: ListState): RouterInputs["plan"]["list"] {
  return { stages: state.stage ? [state.stage] : undefined, search: state.q || undefined, cursor: state.cursor ?? undefined };
}
