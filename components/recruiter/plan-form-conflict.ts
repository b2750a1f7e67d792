import type { PlanFormValues } from "./plan-form-state";

/** A field's value without the browser's row keys and the rows' versions: the same saved content compares equal. */
function comparable(value: PlanFormValues[keyof PlanFormValues]): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(value.map((row: { key: string }) => ({ ...row, key: undefined, version: undefined })));
}

/** Rows of my list, carrying the latest version of each row that still exists (a row removed meanwhile comes back as new). */
function onLatestRows<T extends { id: string | null; version: number | null }>(mine: T[], latest: T[]): T[] {
  return mine.map((row) => {
    if (!row.id) return row;
    const current = latest.find((r) => r.id === row.id);
    return current ? { ...row, version: current.version } : { ...row, id: null, version: null };
  });
}

/**
 * Re-applies "my" changes on top of a newer saved version: each field (and
 * each list as a whole) I changed since `base` takes my value; everything I
 * left alone keeps the newer version's value, so a colleague's edits survive.
 */
export function reapplyChanges(base: PlanFormValues, mine: PlanFormValues, latest: PlanFormValues): PlanFormValues {
  const merged = { ...latest } as Record<keyof PlanFormValues, unknown>;
  for (const key of Object.keys(mine) as (keyof PlanFormValues)[]) {
    if (comparable(mine[key]) !== comparable(base[key])) merged[key] = mine[key];
  }
  const result = merged as unknown as PlanFormValues;
  return {
    ...result,
    interviewers: onLatestRows(result.interviewers, latest.interviewers),
    firstInterview: onLatestRows(result.firstInterview, latest.firstInterview),
  };
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
