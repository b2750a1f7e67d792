import { describe, expect, it } from "vitest";
import { feedbackRefusal, isFeedbackOpen, type FeedbackPlanFacts } from "@/server/rules/feedback";

const now = new Date("2026-12-02T12:00:00Z");
const closed: FeedbackPlanFacts = {
  stage: "closed",
  endsAt: new Date("2026-11-30T10:00:00Z"),
  timeToBePicked: false,
  closedAt: new Date("2026-12-01T09:00:00Z"),
  cancelledAt: null,
  anonymisedAt: null,
};

describe("who may rate a plan, and when", () => {
  it("a plan closed after its meeting took place is open to its candidate's rating", () => {
    expect(feedbackRefusal(closed, now)).toBeNull();
    expect(isFeedbackOpen(closed, now)).toBe(true);
  });

  it("a plan still open is not rated yet, whatever its stage", () => {
    for (const stage of ["draft", "shared", "preparing", "debrief", "next_steps_agreed"] as const)
      expect(feedbackRefusal({ ...closed, stage, closedAt: null }, now), stage).toBe("You can rate this interview once the organisation has closed the plan.");
  });

  it("a cancelled meeting never took place: there is nothing to rate", () => {
    expect(feedbackRefusal({ ...closed, cancelledAt: closed.closedAt }, now)).toBe("This meeting was cancelled, so there is nothing to rate.");
  });

  it("a plan closed before its meeting ended, or while its time was still to be picked, is not rated", () => {
    const ahead = { ...closed, endsAt: new Date("2026-12-03T10:00:00Z") };
    expect(feedbackRefusal(ahead, now)).toBe("You can rate this interview once the meeting has taken place.");
    expect(isFeedbackOpen({ ...closed, timeToBePicked: true }, now)).toBe(false);
    // The meeting's end itself counts as over.
    expect(isFeedbackOpen({ ...closed, endsAt: now }, now)).toBe(true);
  });

  it("a plan whose candidate data was erased has no candidate to rate it", () => {
    expect(feedbackRefusal({ ...closed, anonymisedAt: now }, now)).toBe("This plan's candidate data has been erased.");
  });
});
