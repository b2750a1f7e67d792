import { describe, expect, it } from "vitest";
import { describeEvent, type Reader, type TimelineEntry } from "@/components/timeline/describe-event";
import { EVENT_TYPES, type StoredEvent } from "@/server/rules/timeline-events";

const recruiter = { actorSide: "organisation", actorName: "Alex Admin" } as const;
const candidate = { actorSide: "candidate", actorName: "Jordan Blake" } as const;
const system = { actorSide: null, actorName: null } as const;

function entry(event: StoredEvent, actor: Pick<TimelineEntry, "actorSide" | "actorName"> = recruiter): TimelineEntry {
  return { id: crypto.randomUUID(), audience: "both", createdAt: new Date("2026-12-01T12:00:00Z"), ...actor, ...event };
}

const london: Reader = { side: "candidate", timeZone: "Europe/London" };
const recruiterInLondon: Reader = { side: "organisation", timeZone: "Europe/London" };
const stepId = "6f1c2a64-8a4e-4d5e-9d3c-0b8f1e2a3c4d";
const goalId = "0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70";
const reference = { description: "Reference check", owner: "recruiter", dueOn: null } as const;

describe("describeEvent", () => {
  it("the plan's life: created, shared, resent, accepted, cancelled, closed", () => {
    expect(describeEvent(entry({ type: "plan_created", data: {} }), recruiterInLondon)).toEqual({ sentence: "Alex Admin (interviewing team) created the plan" });
    const shared = entry({ type: "plan_shared", data: { resent: false } });
    expect(describeEvent(shared, london).sentence).toBe("The plan was shared with you");
    expect(describeEvent(shared, recruiterInLondon).sentence).toBe("Plan shared with the candidate");
    expect(describeEvent(entry({ type: "plan_shared", data: { resent: true } }), london).sentence).toBe(
      "Alex Admin (interviewing team) sent the invitation again",
    );
    const accepted = entry({ type: "invitation_accepted", data: {} }, candidate);
    expect(describeEvent(accepted, london).sentence).toBe("You accepted the invitation and joined the plan");
    expect(describeEvent(accepted, recruiterInLondon).sentence).toBe("Jordan Blake (candidate) accepted the invitation");
    expect(describeEvent(entry({ type: "plan_cancelled", data: {} }), london)).toEqual({
      sentence: "Alex Admin (interviewing team) cancelled the meeting",
      tone: "warning",
    });
    expect(describeEvent(entry({ type: "plan_closed", data: { outcome: "further_round" } }), london)).toEqual({
      sentence: "Alex Admin (interviewing team) closed the plan: Further round",
      tone: "neutral",
    });
  });

  it("a new meeting time, in the reader's zone, with the time it replaced", () => {
    const before = { startsAt: "2026-12-03T10:00:00.000Z", endsAt: "2026-12-03T11:00:00.000Z", timeZone: "Europe/London" };
    const after = { startsAt: "2026-12-04T14:00:00.000Z", endsAt: "2026-12-04T15:30:00.000Z", timeZone: "Europe/London" };
    const moved = entry({ type: "plan_rescheduled", data: { before, after } });
    expect(describeEvent(moved, london)).toEqual({
      sentence: "Alex Admin (interviewing team) moved the meeting to Fri 4 Dec 2026, 14:00–15:30",
      detail: "Was Thu 3 Dec 2026, 10:00–11:00",
    });
    // A reader elsewhere reads their own clock, and is told so.
    expect(describeEvent(moved, { side: "candidate", timeZone: "America/New_York" })).toEqual({
      sentence: "Alex Admin (interviewing team) moved the meeting to Fri 4 Dec 2026, 09:00–10:30 (your time)",
      detail: "Was Thu 3 Dec 2026, 05:00–06:00",
    });
    const newZone = entry({ type: "plan_rescheduled", data: { before, after: { ...after, timeZone: "America/New_York" } } });
    expect(describeEvent(newZone, london).detail).toBe("Was Thu 3 Dec 2026, 10:00–11:00 · Time zone: Europe/London → America/New York");
  });

  it("goals: visibility and kind, outcomes, a cleared mark; never a goal's text", () => {
    expect(describeEvent(entry({ type: "goal_added", data: { goalId, kind: "doubt", visibility: "private" } }, candidate), london)).toEqual({
      sentence: "You added a private goal",
      detail: "Doubt to resolve",
    });
    const marked = (outcome: "achieved" | "partly" | "not_achieved" | null, visibility: "shared" | "private" = "shared") =>
      describeEvent(entry({ type: "goal_outcome_marked", data: { goalId, visibility, outcome } }), recruiterInLondon).sentence;
    expect(marked("achieved")).toBe("Alex Admin (interviewing team) marked a goal achieved");
    expect(marked("partly")).toBe("Alex Admin (interviewing team) marked a goal partly achieved");
    expect(marked("not_achieved", "private")).toBe("Alex Admin (interviewing team) marked a private goal not achieved");
    expect(marked(null, "private")).toBe("Alex Admin (interviewing team) cleared a private goal's outcome");
  });

  it("first-interview items: flagged with the comment, agreed", () => {
    const itemId = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";
    expect(describeEvent(entry({ type: "item_flagged", data: { itemId, comment: "The range moved since." } }, candidate), recruiterInLondon)).toEqual({
      sentence: "Jordan Blake (candidate) flagged a first-interview item to revisit",
      detail: "“The range moved since.”",
    });
    expect(describeEvent(entry({ type: "item_flagged", data: { itemId, comment: "  " } }), london).detail).toBeUndefined();
    expect(describeEvent(entry({ type: "item_agreed", data: { itemId } }), london).sentence).toBe(
      "Alex Admin (interviewing team) marked a first-interview item as agreed",
    );
  });

  it("steps: proposed with owner and due date, confirmed, done, drop asked, declined, dropped, all agreed", () => {
    const due = { ...reference, dueOn: "2026-12-12" };
    expect(describeEvent(entry({ type: "step_proposed", data: { stepId, step: due } }), london)).toEqual({
      sentence: "Alex Admin (interviewing team) proposed “Reference check” due 12 Dec 2026",
      detail: "Owner: Recruiter",
    });
    const mine = { description: "Send my portfolio", owner: "candidate", dueOn: null } as const;
    expect(describeEvent(entry({ type: "step_proposed", data: { stepId, step: mine } }, candidate), london)).toEqual({
      sentence: "You proposed “Send my portfolio”",
      detail: "Owner: Candidate (you)",
    });
    expect(describeEvent(entry({ type: "step_confirmed", data: { stepId, step: reference } }, candidate), london).sentence).toBe(
      "You confirmed “Reference check”",
    );
    expect(describeEvent(entry({ type: "step_done", data: { stepId, step: reference } }), london)).toEqual({
      sentence: "Alex Admin (interviewing team) marked “Reference check” done",
      tone: "good",
    });
    expect(describeEvent(entry({ type: "step_drop_requested", data: { stepId, step: reference } }, candidate), recruiterInLondon)).toEqual({
      sentence: "Jordan Blake (candidate) asked to drop “Reference check”",
      tone: "warning",
    });
    expect(describeEvent(entry({ type: "step_drop_declined", data: { stepId, step: reference } }), london).sentence).toBe(
      "Alex Admin (interviewing team) kept “Reference check”: the request to drop it was declined",
    );
    expect(describeEvent(entry({ type: "step_dropped", data: { stepId, step: reference } }, candidate), recruiterInLondon).sentence).toBe(
      "Jordan Blake (candidate) dropped “Reference check”",
    );
    expect(describeEvent(entry({ type: "steps_agreed", data: {} }, system), london)).toEqual({ sentence: "Both sides agreed every open step", tone: "good" });
  });

  it("an edit: what changed, before → after, and whose confirmation it withdrew", () => {
    const after = { description: "Two reference checks", owner: "hiring_company", dueOn: "2026-12-12" } as const;
    const edited = entry({ type: "step_edited", data: { stepId, before: reference, after, confirmationWithdrawn: true } });
    expect(describeEvent(edited, london)).toEqual({
      sentence: "Alex Admin (interviewing team) edited “Two reference checks” — your confirmation was withdrawn",
      detail: "Was “Reference check” · Owner: Recruiter → Hiring company · Due date: no date → 12 Dec 2026",
      tone: "warning",
    });
    expect(describeEvent(edited, recruiterInLondon).sentence).toBe(
      "Alex Admin (interviewing team) edited “Two reference checks” — the candidate's confirmation was withdrawn",
    );
    const byCandidate = entry(
      { type: "step_edited", data: { stepId, before: reference, after: { ...reference, dueOn: "2026-12-06" }, confirmationWithdrawn: true } },
      candidate,
    );
    expect(describeEvent(byCandidate, recruiterInLondon)).toEqual({
      sentence: "Jordan Blake (candidate) edited “Reference check” — your confirmation was withdrawn",
      detail: "Due date: no date → 6 Dec 2026",
      tone: "warning",
    });
    const nothingWithdrawn = entry({ type: "step_edited", data: { stepId, before: reference, after, confirmationWithdrawn: false } });
    expect(describeEvent(nothingWithdrawn, london).tone).toBeUndefined();
  });

  it("every type reads as a sentence about its actor when its data was stored before entries had typed data", () => {
    for (const type of EVENT_TYPES) {
      const text = describeEvent(entry({ type, data: null } as StoredEvent), recruiterInLondon);
      const expected: Partial<Record<typeof type, RegExp>> = { steps_agreed: /^Both sides/, plan_shared: /^Plan shared/, candidate_data_erased: /^The candidate's personal data was erased/ };
      expect(text.sentence, type).toMatch(expected[type] ?? /^Alex Admin \(interviewing team\) /);
      expect(text.detail, type).toBeUndefined();
    }
  });
});
