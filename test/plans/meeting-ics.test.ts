import { afterEach, describe, expect, it } from "vitest";
import { meetingIcs, meetingUid, type MeetingCalendarInput } from "@/server/calendar/meeting-ics";
import { zonedLocalToUtc } from "@/server/rules/time-zones";
import { parseCalendar } from "../calendar";

function meeting(overrides: Partial<MeetingCalendarInput> = {}): MeetingCalendarInput {
  const startsAt = zonedLocalToUtc("2026-11-02T09:30", "Europe/London");
  return {
    planId: "6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f",
    version: 3,
    roleTitle: "Head of Data",
    hiringCompany: "Acme Analytics",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    timeZone: "Europe/London",
    format: "video",
    location: "https://meet.example.com/abc-defg",
    joiningNotes: "Join five minutes early; Priya will admit you.",
    agenda: ["Introductions", "Case study, with a twist; and commas", "Your questions"],
    interviewers: [
      { name: "Priya Nair", jobTitle: "CTO" },
      { name: "Tom Hughes", jobTitle: "" },
    ],
    cancelled: false,
    organizer: { name: "Riley Recruiter, Acme", email: "riley@acme.example" },
    attendee: { name: "Jordan Blake", email: "jordan@example.com" },
    appUrl: "https://app.example.com",
    planPath: "/interviews/6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f",
    ...overrides,
  };
}

/** 10:00 on London's clock on `day`, an hour long. */
function londonAtTen(day: string): Partial<MeetingCalendarInput> {
  const startsAt = zonedLocalToUtc(`${day}T10:00`, "Europe/London");
  return { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: "Europe/London" };
}

describe("meeting .ics", () => {
  it("carries every field a calendar app needs", () => {
    const calendar = parseCalendar(meetingIcs(meeting(), "PUBLISH"));
    const { event } = calendar;
    expect(calendar.uid).toBe(meetingUid("6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f"));
    expect(event.summary).toBe("Second interview: Head of Data at Acme Analytics");
    // 2 November is after the clocks went back: London is on UTC again.
    expect(calendar.startsAt).toBe("2026-11-02T09:30:00.000Z");
    expect(calendar.endsAt).toBe("2026-11-02T11:00:00.000Z");
    expect(event.location).toBe("https://meet.example.com/abc-defg");
    expect(calendar.sequence).toBe(3);
    expect(event.description).toContain("Video call · Mon 2 Nov 2026, 09:30–11:00 (Europe/London)");
    expect(event.description).toContain("Join: https://meet.example.com/abc-defg");
    expect(event.description).toContain("- Priya Nair, CTO");
    expect(event.description).toContain("- Tom Hughes");
    expect(event.description).toContain("2. Case study, with a twist; and commas");
    expect(event.description).toContain("Join five minutes early; Priya will admit you.");
    expect(event.description).toContain("Plan: https://app.example.com/interviews/6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f");
    expect(calendar.status).toBe("CONFIRMED");
  });

  it("is a file to import (PUBLISH): an organiser, nobody asked to reply", () => {
    const calendar = parseCalendar(meetingIcs(meeting(), "PUBLISH"));
    expect(calendar.method).toBe("PUBLISH");
    expect(calendar.organizer).toMatchObject({ address: "riley@acme.example", name: "Riley Recruiter, Acme" });
    expect(calendar.attendees).toEqual([]);
  });

  it("invites the candidate (REQUEST) to answer the organiser", () => {
    const calendar = parseCalendar(meetingIcs(meeting(), "REQUEST"));
    expect(calendar.method).toBe("REQUEST");
    expect(calendar.status).toBe("CONFIRMED");
    expect(calendar.organizer).toMatchObject({ address: "riley@acme.example", name: "Riley Recruiter, Acme" });
    expect(calendar.attendees).toEqual([
      { address: "jordan@example.com", name: "Jordan Blake", role: "REQ-PARTICIPANT", partstat: "NEEDS-ACTION", rsvp: "TRUE" },
    ]);
  });

  it("cancels (CANCEL) under the same UID with STATUS:CANCELLED", () => {
    const request = parseCalendar(meetingIcs(meeting({ version: 3 }), "REQUEST"));
    const cancel = parseCalendar(meetingIcs(meeting({ version: 4, cancelled: true }), "CANCEL"));
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.status).toBe("CANCELLED");
    expect(cancel.uid).toBe(request.uid);
    expect(cancel.sequence).toBeGreaterThan(request.sequence);
    expect(cancel.attendees.map((a) => a.address)).toEqual(["jordan@example.com"]);
  });

  it("writes the meeting on its own clock with the zone's VTIMEZONE", () => {
    const ics = meetingIcs(meeting(londonAtTen("2027-07-15")), "REQUEST");
    expect(ics).toContain("DTSTART;TZID=Europe/London:20270715T100000");
    const calendar = parseCalendar(ics);
    expect(calendar.timeZones).toEqual(["Europe/London"]);
    expect(calendar.startZone).toBe("Europe/London");
    expect(calendar.event.startDate.hour).toBe(10);
  });

  it.each([
    ["in summer (BST)", "2027-07-15", "2027-07-15T09:00:00.000Z"],
    ["in winter (GMT)", "2027-01-14", "2027-01-14T10:00:00.000Z"],
    ["on the day the clocks go forward", "2027-03-28", "2027-03-28T09:00:00.000Z"],
    ["the day before the clocks go forward", "2027-03-27", "2027-03-27T10:00:00.000Z"],
    ["on the day the clocks go back", "2027-10-31", "2027-10-31T10:00:00.000Z"],
  ])("puts 10:00 in London %s at the right instant", (_, day, instant) => {
    const calendar = parseCalendar(meetingIcs(meeting(londonAtTen(day)), "REQUEST"));
    expect(calendar.startsAt).toBe(instant);
    expect(calendar.endsAt).toBe(new Date(Date.parse(instant) + 3_600_000).toISOString());
  });

  it("puts a summer meeting in New York at the right instant", () => {
    const startsAt = zonedLocalToUtc("2026-07-15T14:00", "America/New_York");
    const calendar = parseCalendar(
      meetingIcs(meeting({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: "America/New_York" }), "REQUEST"),
    );
    expect(calendar.startZone).toBe("America/New_York");
    expect(calendar.startsAt).toBe("2026-07-15T18:00:00.000Z");
    expect(calendar.event.description).toContain("14:00–15:00 (America/New York)");
  });

  it.each([
    ["Asia/Kolkata", "2027-02-01T10:00", "2027-02-01T04:30:00.000Z"],
    ["Australia/Sydney", "2027-01-10T10:00", "2027-01-09T23:00:00.000Z"],
    ["America/Sao_Paulo", "2027-01-10T10:00", "2027-01-10T13:00:00.000Z"],
  ])("names %s and keeps the instant", (zone, local, instant) => {
    const startsAt = zonedLocalToUtc(local, zone);
    const calendar = parseCalendar(meetingIcs(meeting({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: zone }), "REQUEST"));
    expect(calendar.startZone).toBe(zone);
    expect(calendar.startsAt).toBe(instant);
  });

  describe("on a server whose own clock is elsewhere", () => {
    const serverZone = process.env.TZ;
    afterEach(() => {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    });

    it("still writes the meeting's clock, not the server's", () => {
      process.env.TZ = "America/Los_Angeles";
      const calendar = parseCalendar(meetingIcs(meeting(londonAtTen("2027-03-28")), "REQUEST"));
      expect(calendar.event.startDate.hour).toBe(10);
      expect(calendar.startsAt).toBe("2027-03-28T09:00:00.000Z");
    });
  });

  it.each([
    ["UTC", "Etc/UTC"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["US/Pacific", "America/Los_Angeles"],
  ])("writes the alias %s under its canonical name %s, which calendar apps know", (zone, tzid) => {
    const startsAt = zonedLocalToUtc("2027-02-01T10:00", zone);
    const calendar = parseCalendar(meetingIcs(meeting({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: zone }), "REQUEST"));
    expect(calendar.timeZones).toEqual([tzid]);
    expect(calendar.startZone).toBe(tzid);
    expect(calendar.startsAt).toBe(startsAt.toISOString());
  });

  it("writes a zone it has no VTIMEZONE for in UTC: the right instant still", () => {
    // A legacy name the platform still accepts and the zone library dropped.
    const zone = "Canada/East-Saskatchewan";
    const startsAt = zonedLocalToUtc("2027-02-01T10:00", zone);
    const calendar = parseCalendar(meetingIcs(meeting({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: zone }), "REQUEST"));
    expect(calendar.timeZones).toEqual([]);
    expect(calendar.startZone).toBe("UTC");
    expect(calendar.startsAt).toBe("2027-02-01T16:00:00.000Z");
  });

  it("keeps the same UID when rescheduled, with a higher sequence, so calendars update the event", () => {
    const first = parseCalendar(meetingIcs(meeting({ version: 1 }), "REQUEST"));
    const moved = meeting({ version: 2, startsAt: new Date("2026-11-03T10:00:00Z"), endsAt: new Date("2026-11-03T11:00:00Z") });
    const second = parseCalendar(meetingIcs(moved, "REQUEST"));
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBeGreaterThan(first.sequence);
  });

  it("marks a cancelled meeting's file as cancelled", () => {
    expect(parseCalendar(meetingIcs(meeting({ cancelled: true }), "PUBLISH")).status).toBe("CANCELLED");
  });

  it("gives an on-site meeting its address as location", () => {
    const { event } = parseCalendar(meetingIcs(meeting({ format: "on_site", location: "1 Canal St, Manchester M1 3HE" }), "PUBLISH"));
    expect(event.location).toBe("1 Canal St, Manchester M1 3HE");
    expect(event.description).not.toContain("Join:");
  });
});
