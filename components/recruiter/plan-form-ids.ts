import type { PlanFormValues, RecruiterPlan, SubmittedKeys } from "./plan-form-state";

interface SavedRow {
  key: string;
  id: string | null;
  version: number | null;
}

/**
 * After a save, every row sent takes the id and version it has on the server
 * now (rows come back in the order they were sent): new rows are then updated
 * by the next save instead of re-created (notes attached to them would be
 * lost), and saved rows send their new version. Without the saved plan the
 * rows keep what they had; the next save is then refused as stale and the
 * conflict view offers the latest version.
 */
export function withServerIds(values: PlanFormValues, keys: SubmittedKeys, saved: RecruiterPlan | null): PlanFormValues {
  if (!saved) return values;
  const fill = <T extends SavedRow>(rows: T[], order: string[], server: { id: string; version: number }[]) =>
    rows.map((row) => {
      const match = server[order.indexOf(row.key)];
      return match && (row.id === null || row.id === match.id) ? { ...row, id: match.id, version: match.version } : row;
    });
  return {
    ...values,
    interviewers: fill(values.interviewers, keys.interviewers, saved.interviewers),
    firstInterview: fill(values.firstInterview, keys.firstInterview, saved.firstInterview),
  };
}
