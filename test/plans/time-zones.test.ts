import { describe, expect, it } from "vitest";
import { formatMeetingOnItsClock } from "@/server/rules/format";
import { isValidTimeZone, utcToZonedLocal, zonedLocalToUtc } from "@/server/rules/time-zones";

describe("time zones", () => {
  it("converts a meeting's wall-clock time to the right instant on both sides of a daylight-saving change", () => {
    // London moves to BST (UTC+1) on 29 March 2026 at 01:00 UTC.
    expect(zonedLocalToUtc("2026-03-28T10:30", "Europe/London").toISOString()).toBe("2026-03-28T10:30:00.000Z");
    expect(zonedLocalToUtc("2026-03-30T10:30", "Europe/London").toISOString()).toBe("2026-03-30T09:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T09:00", "America/New_York").toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T09:00", "Asia/Kolkata").toISOString()).toBe("2026-07-01T03:30:00.000Z");
  });

  it("resolves a wall time skipped by the clocks going forward to the later offset", () => {
    expect(zonedLocalToUtc("2026-03-29T01:30", "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("round-trips to the form's local format", () => {
    const instant = zonedLocalToUtc("2026-10-26T08:15", "Europe/Paris");
    expect(utcToZonedLocal(instant, "Europe/Paris")).toBe("2026-10-26T08:15");
  });

  it("accepts IANA zones and refuses anything else", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("EST5EDT; DROP TABLE")).toBe(false);
  });

  it("writes the meeting time on the meeting's own clock, as the pages do, with the zone named", () => {
    const startsAt = zonedLocalToUtc("2026-12-03T10:00", "America/New_York");
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    expect(formatMeetingOnItsClock({ startsAt, endsAt, timeZone: "America/New_York" })).toBe("Thu 3 Dec 2026, 10:00–11:00 (America/New York)");
    const late = zonedLocalToUtc("2026-12-03T23:30", "Europe/London");
    expect(formatMeetingOnItsClock({ startsAt: late, endsAt: new Date(late.getTime() + 60 * 60_000), timeZone: "Europe/London" })).toBe(
      "Thu 3 Dec 2026, 23:30–Fri 4 Dec 2026, 00:30 (Europe/London)",
    );
  });
});
