import type { PlanOutcome } from "./enums";
import { OUTCOME_LABEL } from "./labels";

/** How the insights count closed plans: by their outcome, a cancelled meeting (which has none) apart. */
export type OutcomeKey = PlanOutcome | "cancelled";
export const OUTCOME_KEY_LABEL: Record<OutcomeKey, string> = { ...OUTCOME_LABEL, cancelled: "Cancelled" };
export const OUTCOME_KEYS = Object.keys(OUTCOME_KEY_LABEL) as OutcomeKey[];

/** "40%", or "–" when nothing was counted (no share of nothing). */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

/** "20 hours", "3.5 days"; "–" when nothing was agreed. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "–";
  const hours = seconds / 3600;
  if (hours < 48) return `${Math.round(hours * 10) / 10} hours`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

/** "3.7", or "–" without ratings. */
export function formatAverage(average: number | null): string {
  return average === null ? "–" : (Math.round(average * 10) / 10).toFixed(1);
}
