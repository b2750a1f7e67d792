import { describe, expect, it } from "vitest";
import { lastDays, periodBounds, periodDays, periodFromParams, periodRefusal, presetOf } from "@/server/rules/insights-period";

const now = new Date("2026-12-02T01:30:00Z");

describe("the insights' period", () => {
  it("the last N days end today (UTC) and count today", () => {
    expect(lastDays(30, now)).toEqual({ from: "2026-11-03", to: "2026-12-02" });
    expect(periodDays(lastDays(90, now))).toBe(90);
    expect(periodBounds({ from: "2026-11-03", to: "2026-12-02" })).toEqual({
      start: new Date("2026-11-03T00:00:00Z"),
      end: new Date("2026-12-03T00:00:00Z"),
    });
  });

  it("reads a preset, two dates, or the default 90 days from the address", () => {
    expect(periodFromParams(new URLSearchParams("days=365"), now)).toEqual(lastDays(365, now));
    expect(periodFromParams(new URLSearchParams("days=12"), now)).toEqual(lastDays(90, now));
    expect(periodFromParams(new URLSearchParams("from=2026-01-01&to=2026-02-01"), now)).toEqual({ from: "2026-01-01", to: "2026-02-01" });
    expect(periodFromParams(new URLSearchParams("from=2026-01-01"), now)).toEqual({ from: "2026-01-01", to: "" });
    expect(periodFromParams(new URLSearchParams(), now)).toEqual(lastDays(90, now));
    expect(presetOf(lastDays(365, now), now)).toBe(365);
    expect(presetOf({ from: "2026-01-01", to: "2026-02-01" }, now)).toBeNull();
  });

  it("refuses a reversed period and one past three years", () => {
    expect(periodRefusal({ from: "2026-02-01", to: "2026-01-01" })).toBe("The period must start on or before its last day.");
    expect(periodRefusal({ from: "2023-01-01", to: "2025-12-31" })).toBeNull();
    expect(periodRefusal({ from: "2022-12-31", to: "2026-01-01" })).toBe("Choose a period of at most 1096 days (three years).");
  });
});
