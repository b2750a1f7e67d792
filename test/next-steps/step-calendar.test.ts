import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { failureOf } from "../trpc-errors";
import { agreedStep, daysFromToday, debriefSetUp } from "./fixtures";

function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]!);
}

describe("a next step's .ics", () => {
  it("is an all-day event on the due date, with the step's UID, for either side", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const dueOn = daysFromToday(45);
    const id = await agreedStep(s, { description: "Send two references", owner: "candidate", dueOn });

    for (const [caller, path] of [
      [s.candidate.caller, "interviews"],
      [s.admin.caller, "plans"],
    ] as const) {
      const { filename, ics } = await caller.nextStep.calendar({ planId, stepId: id });
      expect(filename).toBe("next-step.ics");
      const event = parseEvent(ics);
      expect(event.uid).toBe(`step-${id}@second-round`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(dueOn);
      expect(event.endDate.toString()).toBe(new Date(Date.parse(`${dueOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(event.summary).toBe("Due: Send two references");
      expect(event.sequence).toBe(1);
      expect(event.description).toContain(`/${path}/${planId}`);
      expect(ics).not.toContain(s.input.meeting.internalNote);
    }
  });

  it("follows an edited date under the same UID, with a higher sequence", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const id = await agreedStep(s, { description: "Decide", owner: "hiring_company", dueOn: daysFromToday(20) });
    const first = parseEvent((await s.admin.caller.nextStep.calendar({ planId, stepId: id })).ics);
    const newDate = daysFromToday(27);
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Decide", owner: "hiring_company", dueOn: newDate });
    const moved = parseEvent((await s.candidate.caller.nextStep.calendar({ planId, stepId: id })).ics);
    expect(moved.uid).toBe(first.uid);
    expect(moved.startDate.toString()).toBe(newDate);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
  });

  it("a step without a due date has no calendar file: NOT_FOUND", async () => {
    const s = await debriefSetUp();
    const id = await agreedStep(s, { description: "Undated", owner: "recruiter" });
    expect(await failureOf(s.candidate.caller.nextStep.calendar({ planId: s.planId, stepId: id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "Step not found.",
    });
  });
});
