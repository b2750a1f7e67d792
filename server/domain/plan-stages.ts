import type { PlanStage } from "@/db/schema";
import { canTransition, STAGE_LABELS } from "@/server/rules/stages";
import { AppError } from "./errors";

export function assertTransition(from: PlanStage, to: PlanStage): void {
  if (!canTransition(from, to))
    throw new AppError(
      "PRECONDITION_FAILED",
      `A plan cannot go from ${STAGE_LABELS[from].toLowerCase()} to ${STAGE_LABELS[to].toLowerCase()}.`,
    );
}
