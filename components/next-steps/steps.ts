import type { RouterOutputs } from "@/components/api-types";
import { errorCode } from "@/components/form-errors";
import { STEP_DESCRIPTION_LIMIT } from "@/server/rules/limits";

export type Step = RouterOutputs["nextStep"]["list"]["steps"][number];

/** Cuts a prefilled description to what the server accepts, on a word boundary when it can. */
export function fitDescription(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= STEP_DESCRIPTION_LIMIT) return clean;
  const cut = clean.slice(0, STEP_DESCRIPTION_LIMIT - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > STEP_DESCRIPTION_LIMIT * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** Failures the latest version answers: someone else changed the step, or it is no longer open (the list is refetched). */
export function isStale(error: unknown): boolean {
  const code = errorCode(error);
  return code === "CONFLICT" || code === "PRECONDITION_FAILED" || code === "NOT_FOUND";
}
