import { ICalCalendar } from "ical-generator";

/**
 * A next step's due date as an all-day event. The UID is the step's id, so a
 * changed date updates the imported event.
 */
export function stepDueIcs(step: {
  id: string;
  version: number;
  description: string;
  dueOn: string;
  roleTitle: string;
  hiringCompany: string;
  planUrl: string;
}): string {
  const calendar = new ICalCalendar({ prodId: { company: "Second Round", product: "Second Round", language: "EN" } });
  const start = new Date(`${step.dueOn}T00:00:00Z`);
  calendar.createEvent({
    id: `step-${step.id}@second-round`,
    sequence: step.version,
    allDay: true,
    start,
    end: new Date(start.getTime() + 86_400_000),
    stamp: new Date(),
    summary: `Due: ${step.description}`,
    description: `Agreed next step for ${step.roleTitle} at ${step.hiringCompany}.\n\nPlan: ${step.planUrl}`,
  });
  return calendar.toString();
}
