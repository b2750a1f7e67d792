import type { PlanFormValues, RecruiterPlan, SubmittedKeys } from "./plan-form-state";

/**
 * New rows get their ids on the server, in the order they were sent: learn
 * them from the saved plan so the next save updates those rows instead of
 * replacing them (notes attached to them would be lost). Without the saved
 * plan the rows keep no id, and the next save re-creates them.
 */
export function withServerIds(values: PlanFormValues, keys: SubmittedKeys, saved: RecruiterPlan | null): PlanFormValues {
  const known = {
    interviewers: saved?.interviewers.map((p) => p.id) ?? [],
    firstInterview: saved?.firstInterview.map((i) => i.id) ?? [],
  };
  const fill = <T extends { key: string; id: string | null }>(rows: T[], order: string[], ids: string[]) =>
    rows.map((r) => (r.id ? r : { ...r, id: ids[order.indexOf(r.key)] ?? null }));
  return {
    ...values,
    interviewers: fill(values.interviewers, keys.interviewers, known.interviewers),
    firstInterview: fill(values.firstInterview, keys.firstInterview, known.firstInterview),
  };
}
