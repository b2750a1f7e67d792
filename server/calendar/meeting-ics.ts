import { ICalCalendar, ICalEventStatus } from "ical-generator";
import type { MeetingFormat, Plan, PlanSide } from "@/db/schema";
import { formatMeetingOnItsClock } from "@/server/rules/format";
import { FORMAT_LABEL_FOR_CANDIDATE } from "@/server/rules/labels";
import { env } from "@/server/env";
import { planPathFor } from "@/server/rules/plan-urls";

/**
 * The meeting as an .ics file. Times are written in UTC, which every calendar
 * app reads and shows in its user's zone; the meeting's own zone is named in
 * the description. The UID is the plan's id, so a rescheduled meeting updates
 * the event already imported instead of adding a second one.
 */
export interface MeetingCalendarInput {
  planId: string;
  version: number;
  roleTitle: string;
  hiringCompany: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: MeetingFormat;
  location: string;
  joiningNotes: string;
  agenda: string[];
  interviewers: { name: string; jobTitle: string }[];
  cancelled: boolean;
  appUrl: string;
  /** Where the reader opens the plan: the recruiter's and the candidate's pages differ. */
  planPath: string;
}

export function meetingUid(planId: string): string {
  return `plan-${planId}@second-round`;
}

function description(m: MeetingCalendarInput): string {
  const lines = [
    `${FORMAT_LABEL_FOR_CANDIDATE[m.format]} · ${formatMeetingOnItsClock(m)}`,
  ];
  if (m.format === "video" && m.location) lines.push(`Join: ${m.location}`);
  if (m.joiningNotes) lines.push("", m.joiningNotes);
  if (m.interviewers.length)
    lines.push("", "People you're meeting:", ...m.interviewers.map((p) => `- ${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ""}`));
  if (m.agenda.length) lines.push("", "Agenda:", ...m.agenda.map((item, i) => `${i + 1}. ${item}`));
  lines.push("", `Plan: ${m.appUrl}${m.planPath}`);
  return lines.join("\n");
}

export function meetingIcs(m: MeetingCalendarInput): string {
  const calendar = new ICalCalendar({
    prodId: { company: "Second Round", product: "Second Round", language: "EN" },
    name: "Second interview",
  });
  calendar.createEvent({
    id: meetingUid(m.planId),
    // Calendar apps replace an event only when the sequence grows.
    sequence: m.version,
    start: m.startsAt,
    end: m.endsAt,
    stamp: new Date(),
    summary: `Second interview: ${m.roleTitle} at ${m.hiringCompany}`,
    description: description(m),
    location: m.location || null,
    url: m.format === "video" && /^https?:\/\//.test(m.location) ? m.location : null,
    status: m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** The plan's meeting as a downloadable file, linking back to the reader's own view of the plan. */
export function planMeetingFile(
  plan: Plan,
  interviewers: { name: string; jobTitle: string }[],
  reader: PlanSide,
): { filename: string; ics: string } {
  return {
    filename: "second-interview.ics",
    ics: meetingIcs({
      ...plan,
      planId: plan.id,
      interviewers,
      cancelled: plan.cancelledAt !== null,
      appUrl: env().APP_URL,
      planPath: planPathFor(reader, plan.id),
    }),
  };
}
