import type { Step } from "./steps";

export interface StepLook {
  label: string;
  tone: string;
  border: string;
}

/** The badge and border of a step: done, dropped, agreed, waiting for the reader, or waiting for the other side. */
export function stepLook(step: Step, confirmedByMe: boolean): StepLook {
  if (step.status === "done") return { label: "Done", tone: "bg-emerald-600 text-white", border: "border-l-emerald-600" };
  if (step.status === "dropped") return { label: "Dropped", tone: "bg-slate-200 text-slate-700", border: "border-l-slate-300" };
  if (step.agreed) return { label: "Agreed", tone: "bg-emerald-50 text-emerald-800", border: "border-l-emerald-500" };
  if (!confirmedByMe) return { label: "To confirm", tone: "bg-amber-100 text-amber-900", border: "border-l-amber-500" };
  return { label: "Waiting", tone: "bg-slate-100 text-slate-700", border: "border-l-brand-600" };
}
