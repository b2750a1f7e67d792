import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import type { MeetingFormat } from "@/db/schema";
import { formatMeetingOnItsClock } from "@/server/rules/format";
import { FORMAT_LABEL_FOR_CANDIDATE } from "@/server/rules/labels";
import { calendarZone, onZoneClock } from "./meeting-zone";

/**
 * The meeting as an iCalendar object (RFC 5545), in one of three iTIP methods (RFC 5546):
 * PUBLISH for the downloadable file (an event to import, nobody asked to reply), REQUEST for the
 * invitation emailed to the candidate, CANCEL when the meeting is called off. Times are written on
 * the meeting's own clock with its VTIMEZONE, so 10:00 in London stays 10:00 in London in every
 * calendar, whichever side of a daylight-saving change the meeting falls.
 * The UID is the plan's, so every later file and email updates the event already there.
 */
export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface MeetingCalendarInput {
  planId: string;
  /**
   * The SEQUENCE. We use the plan's version: it grows with every save of the plan and never goes
   * down (the meeting's time, place or cancellation each come with a save), so every change of the
   * meeting raises it. Saves that leave the meeting alone raise it too, which calendars accept: they
   * only require that a later copy of the event never carries a lower SEQUENCE than an earlier one.
   */
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
  /** Whoever sent it: replies to an invitation go to this address. */
  organizer: CalendarPerson;
  /**
   * The one person this copy is for, asked to reply (REQUEST) or told (CANCEL): the candidate, or an
   * interviewer (each gets their own copy of the same event, so nobody reads the others' addresses).
   * A PUBLISH file names no attendee.
   */
  attendee: CalendarPerson;
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

function statusFor(m: MeetingCalendarInput, method: CalendarMethod): ICalEventStatus {
  return method === "CANCEL" || m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
}

export function meetingIcs(m: MeetingCalendarInput, method: CalendarMethod): string {
  const zone = calendarZone(m.timeZone);
  const calendar = new ICalCalendar({
    prodId: { company: "Second Round", product: "Second Round", language: "EN" },
    name: "Second interview",
    method: ICalCalendarMethod[method],
    // No calendar-wide zone name: DTSTAMP stays in UTC, as RFC 5545 requires; the event names its zone.
    timezone: zone ? { name: null, generator: () => zone.vtimezone } : null,
  });
  calendar.createEvent({
    id: meetingUid(m.planId),
    sequence: m.version,
    timezone: zone?.tzid ?? null,
    start: onZoneClock(m.startsAt),
    end: onZoneClock(m.endsAt),
    stamp: new Date(),
    summary: `Second interview: ${m.roleTitle} at ${m.hiringCompany}`,
    description: description(m),
    location: m.location || null,
    url: m.format === "video" && /^https?:\/\//.test(m.location) ? m.location : null,
    status: statusFor(m, method),
    organizer: { name: m.organizer.name, email: m.organizer.email },
    attendees:
      method === "PUBLISH"
        ? []
        : [
            {
              name: m.attendee.name,
              email: m.attendee.email,
              role: ICalAttendeeRole.REQ,
              status: ICalAttendeeStatus.NEEDSACTION,
              rsvp: method === "REQUEST",
            },
          ],
  });
  return calendar.toString();
}
