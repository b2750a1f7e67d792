import type { PlanFormValues } from "./plan-form-state";

/**
 * Re-applies "my" changes on top of a newer saved version: each field (and
 * each list as a whole) I changed since `base` takes my value; everything I
 * left alone keeps the newer version's value, so a colleague's edits survive.
 */
export function reapplyChanges(base: PlanFormValues, mine: PlanFormValues, latest: PlanFormValues): PlanFormValues {
  const merged = { ...latest } as Record<keyof PlanFormValues, unknown>;
  for (const key of Object.keys(mine) as (keyof PlanFormValues)[]) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(base[key])) merged[key] = mine[key];
  }
  return merged as unknown as PlanFormValues;
}

const FIELD_LABELS: Record<keyof PlanFormValues, string> = {
  roleTitle: "Role title",
  hiringCompany: "Hiring company",
  candidateName: "Candidate's name",
  candidateEmail: "Candidate's email",
  startsAtLocal: "Date and time",
  timeZone: "Time zone",
  durationMinutes: "Duration",
  format: "Format",
  location: "Where",
  joiningNotes: "Joining notes",
  agenda: "Agenda",
  internalNote: "Internal note",
  interviewers: "People you're meeting",
  firstInterview: "What the first interview established",
};

/** A field's value without the browser's own row keys, which differ for the same saved rows. */
function comparable(value: PlanFormValues[keyof PlanFormValues]): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(value.map((row: { key: string }) => ({ ...row, key: undefined })));
}

export interface ChangedField {
  field: keyof PlanFormValues;
  label: string;
  /** The user changed it too: re-applying puts their value over the colleague's. */
  alsoMine: boolean;
}

/** The fields a colleague's save changed since the user started editing (`base`). */
export function changedFields(base: PlanFormValues, mine: PlanFormValues, latest: PlanFormValues): ChangedField[] {
  return (Object.keys(FIELD_LABELS) as (keyof PlanFormValues)[])
    .filter((field) => comparable(base[field]) !== comparable(latest[field]))
    .map((field) => ({ field, label: FIELD_LABELS[field], alsoMine: comparable(base[field]) !== comparable(mine[field]) }));
}
