import type { inferRouterOutputs } from "@trpc/server";
import type { PlanSide, StepOwner } from "@/server/rules/enums";
import { errorCode } from "@/components/form-errors";
import type { AppRouter } from "@/server/api/root";
import { STEP_DESCRIPTION_LIMIT } from "@/server/rules/limits";

type Outputs = inferRouterOutputs<AppRouter>;
export type Step = Outputs["nextStep"]["list"]["steps"][number];
export type TimelineEntry = Outputs["timeline"]["list"][number];

/** The side that carries a step out (same rule as the server's sideOwning). */
export function sideOwning(owner: StepOwner): PlanSide {
  return owner === "candidate" ? "candidate" : "organisation";
}

/** Cuts a prefilled description to what the server accepts, on a word boundary when it can. */
export function fitDescription(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= STEP_DESCRIPTION_LIMIT) return clean;
  const cut = clean.slice(0, STEP_DESCRIPTION_LIMIT - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > STEP_DESCRIPTION_LIMIT * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** Failures a reload fixes: someone else changed the step, or it is no longer open. */
export function isStale(error: unknown): boolean {
  const code = errorCode(error);
  return code === "CONFLICT" || code === "PRECONDITION_FAILED" || code === "NOT_FOUND";
}
