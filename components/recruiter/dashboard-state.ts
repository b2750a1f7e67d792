import type { RouterInputs } from "@/components/api-types";
import type { PlanStage } from "@/server/rules/enums";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { STAGE_LABELS } from "@/server/rules/stages";

export const STAGES = Object.keys(STAGE_LABELS) as PlanStage[];

export interface ListState {
  stage: PlanStage | null;
  q: string;
  page: number;
}

/** The list the address asks for; anything malformed falls back to the first page of everything. */
export function readState(params: URLSearchParams): ListState {
  const stage = params.get("stage");
  const page = Number(params.get("page"));
  return {
    stage: (STAGES as string[]).includes(stage ?? "") ? (stage as PlanStage) : null,
    q: (params.get("q") ?? "").trim().slice(0, PLAN_LIMITS.search),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The filters live in the address (?stage=…&q=…&page=…) so a view can be
 * bookmarked, shared and restored with Back. History is written directly:
 * Next keeps useSearchParams in step without a round trip to the server.
 */
export function writeState(next: ListState, mode: "push" | "replace") {
  const params = new URLSearchParams();
  if (next.stage) params.set("stage", next.stage);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The plan.list input for a state: the page prefetches with it, the dashboard reads with it (one cache entry). */
export function listInput(state: ListState): RouterInputs["plan"]["list"] {
  return { stages: state.stage ? [state.stage] : undefined, search: state.q || undefined, page: state.page };
}
