"use client";

import { useEffect, useState } from "react";
import type { PlanFormValues } from "./plan-form-state";

type ListKey = "interviewers" | "firstInterview" | "agenda";

/**
 * The form's draft: what is on screen (`values`) and the saved version it
 * started from (`saved`). Leaving with unsaved changes asks first (the
 * browser's own prompt).
 */
export function usePlanDraft(initial: () => PlanFormValues) {
  const [values, setValues] = useState<PlanFormValues>(initial);
  const [saved, setSaved] = useState<PlanFormValues>(values);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setList =
    <K extends ListKey>(key: K) =>
    (updateRows: (rows: PlanFormValues[K]) => PlanFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: updateRows(v[key]) }));

  return { values, setValues, saved, setSaved, dirty, set, setList };
}

export type PlanDraft = ReturnType<typeof usePlanDraft>;
export type SetPlanField = PlanDraft["set"];
