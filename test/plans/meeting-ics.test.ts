import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingIcs, meetingUid, type MeetingCalendarInput } from "@/server/calendar/meeting-ics";
import { zonedLocalToUtc } from "@/server/rules/time-zones";

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
    appUrl: "https://app.example.com",
    planPath: "/interviews/6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f",
    ...overrides,
  };
}

/** Parsed by ical.js, an independent implementation of RFC 5545. */
function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]!);
}

describe("meeting .ics", () => {
  it("carries every field a calendar app needs", () => {
    const event = parseEvent(meetingIcs(meeting()));
    expect(event.uid).toBe(meetingUid("6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f"));
    expect(event.summary).toBe("Second interview: Head of Data at Acme Analytics");
    // 2 November is after the clocks went back: London is on UTC again.
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-11-02T09:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-11-02T11:00:00.000Z");
    expect(event.location).toBe("https://meet.example.com/abc-defg");
    expect(event.sequence).toBe(3);
    expect(event.description).toContain("Video call · Mon 2 Nov 2026, 09:30–11:00 (Europe/London)");
    expect(event.description).toContain("Join: https://meet.example.com/abc-defg");
    expect(event.description).toContain("- Priya Nair, CTO");
    expect(event.description).toContain("- Tom Hughes");
    expect(event.description).toContain("2. Case study, with a twist; and commas");
    expect(event.description).toContain("Join five minutes early; Priya will admit you.");
    expect(event.description).toContain("Plan: https://app.example.com/interviews/6f1c9a52-7a3b-4e39-9d0f-0a1b2c3d4e5f");
    expect(event.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("puts a summer meeting at the right instant (daylight saving time)", () => {
    const startsAt = zonedLocalToUtc("2026-07-15T14:00", "America/New_York");
    const event = parseEvent(meetingIcs(meeting({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: "America/New_York" })));
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-07-15T18:00:00.000Z");
    expect(event.description).toContain("14:00–15:00 (America/New York)");
  });

  it("keeps the same UID when rescheduled, with a higher sequence, so calendars update the event", () => {
    const first = parseEvent(meetingIcs(meeting({ version: 1 })));
    const moved = meeting({ version: 2, startsAt: new Date("2026-11-03T10:00:00Z"), endsAt: new Date("2026-11-03T11:00:00Z") });
    const second = parseEvent(meetingIcs(moved));
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBeGreaterThan(first.sequence);
  });

  it("marks a cancelled meeting as cancelled", () => {
    const event = parseEvent(meetingIcs(meeting({ cancelled: true })));
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("gives an on-site meeting its address as location", () => {
    const event = parseEvent(meetingIcs(meeting({ format: "on_site", location: "1 Canal St, Manchester M1 3HE" })));
    expect(event.location).toBe("1 Canal St, Manchester M1 3HE");
    expect(event.description).not.toContain("Join:");
  });
});
