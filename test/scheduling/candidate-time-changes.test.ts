import { describe, expect, it } from "vitest";
import { utcToZonedLocal } from "@/server/rules/time-zones";
import { emailsTo } from "../emails";
import { testDb } from "../db";
import { acceptAsCandidate, newOrg, newestJoinToken, planInput } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { futureSlots, planRow } from "./fixtures";

const HOUR = 3_600_000;

/** A joined plan whose meeting is `hoursAhead` from now, London time. */
async function joinedPlan(hoursAhead = 20 * 24) {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const input = planInput({ timeZone: "Europe/London", startsAtLocal: utcToZonedLocal(new Date(Date.now() + hoursAhead * HOUR), "Europe/London") });
  const { id: planId } = await admin.caller.plan.create(input);
  await admin.caller.plan.share({ planId });
  const candidate = await acceptAsCandidate(db, await newestJoinToken(db, input.meeting.candidateEmail));
  return { db, org, admin, candidate, planId, candidateEmail: input.meeting.candidateEmail };
}

describe("the candidate changes or cancels the time before the cut-off", () => {
  it("a time picked from slots goes back to picking among them; their calendar event is cancelled and the organisation told", async () => {
    const w = await joinedPlan();
    const { version } = await w.admin.caller.plan.get({ planId: w.planId });
    await w.admin.caller.scheduling.offer({ planId: w.planId, expectedVersion: version, slots: futureSlots("Europe/London") });
    const offered = (await w.candidate.caller.interview.get({ planId: w.planId })).scheduling.openSlots;
    await w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: offered[0]!.id });
    const picked = await w.candidate.caller.interview.get({ planId: w.planId });
    expect(picked.schedulingAllowed.changeTime).toBe(true);
    expect(picked.timeChange?.cutoffAt).toEqual(new Date(offered[0]!.startsAt.getTime() - 24 * HOUR));

    const result = await w.candidate.caller.scheduling.changeTime({ planId: w.planId, intent: "reschedule", message: "Something came up that morning." });
    expect(result).toEqual({ reopened: true });
    const [candidateView, recruiterView] = await Promise.all([
      w.candidate.caller.interview.get({ planId: w.planId }),
      w.admin.caller.plan.get({ planId: w.planId }),
    ]);
    for (const view of [candidateView, recruiterView]) {
      expect(view.scheduling.toBePicked).toBe(true);
      expect(view.scheduling.openSlots.map((s) => s.id)).toEqual(offered.map((s) => s.id));
      expect(view.scheduling.otherTimesRequest?.message).toBe("Something came up that morning.");
    }
    expect(candidateView.timeChange).toBeNull();
    const [released] = await emailsTo(w.db, w.candidateEmail, "plan_update");
    expect(released?.subject).toMatch(/^Time released/);
    expect(released?.attachments.some((a) => a.method === "CANCEL")).toBe(true);
    const bell = await w.admin.caller.notification.list({ limit: 5 });
    expect(bell.items[0]?.message).toMatch(/asked to change .*: “Something came up that morning\.” They pick again/);

    // They pick again: a different time this time.
    await w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: offered[2]!.id });
    expect((await planRow(w.db, w.planId)).startsAt).toEqual(offered[2]!.startsAt);
  });

  it("a fixed time stays; cancelling it tells the organisation with the candidate's message", async () => {
    const w = await joinedPlan();
    const before = await planRow(w.db, w.planId);
    const result = await w.candidate.caller.scheduling.changeTime({ planId: w.planId, intent: "cancel", message: "I have accepted another offer." });
    expect(result).toEqual({ reopened: false });
    expect((await planRow(w.db, w.planId)).startsAt).toEqual(before.startsAt);
    const view = await w.admin.caller.plan.get({ planId: w.planId });
    expect(view.scheduling.otherTimesRequest?.message).toBe("I have accepted another offer.");
    const bell = await w.admin.caller.notification.list({ limit: 5 });
    expect(bell.items[0]?.message).toMatch(/cancelled .* “I have accepted another offer\.”/);
    const timeline = await w.candidate.caller.timeline.list({ planId: w.planId });
    expect(timeline.map((e) => e.type)).toContain("time_change_requested");

    // The recruiter sets a new time: the request is answered and goes.
    const { version } = await w.admin.caller.plan.get({ planId: w.planId });
    const content = planInput({ candidateEmail: w.candidateEmail, timeZone: "Europe/London", startsAtLocal: "2031-05-05T10:00" });
    await w.admin.caller.plan.update({ planId: w.planId, expectedVersion: version, ...content, interviewers: [], firstInterview: [] });
    expect((await w.admin.caller.plan.get({ planId: w.planId })).scheduling.otherTimesRequest).toBeNull();
  });
});

describe("after the cut-off the organisation sets", () => {
  it("defaults to 24 hours; an admin moves it to 48, and then a meeting 30 hours away says whom to contact", async () => {
    const w = await joinedPlan(30);
    expect(await w.admin.caller.organisation.settings()).toEqual({ candidateChangeCutoffHours: 24 });
    expect((await w.candidate.caller.interview.get({ planId: w.planId })).schedulingAllowed.changeTime).toBe(true);

    await w.admin.caller.organisation.updateSettings({ candidateChangeCutoffHours: 48 });
    const view = await w.candidate.caller.interview.get({ planId: w.planId });
    expect(view.schedulingAllowed.changeTime).toBe(false);
    expect(view.timeChange).toMatchObject({ cutoffHours: 48, contact: { name: "Alex Admin", email: w.admin.user.email } });

    const refusal = await failureOf(w.candidate.caller.scheduling.changeTime({ planId: w.planId, intent: "reschedule", message: "" }));
    expect(refusal.code).toBe("PRECONDITION_FAILED");
    expect(refusal.message).toMatch(new RegExp(`^Changes to the time close 48 hours before the meeting \\(.+\\): please contact Alex Admin \\(${w.admin.user.email.replace(/[.+]/g, "\\$&")}\\)\\.$`));
    expect((await w.admin.caller.plan.get({ planId: w.planId })).scheduling.otherTimesRequest).toBeNull();
  });

  it("refuses a cut-off out of range with a message on the field", async () => {
    const w = await joinedPlan();
    const [negative, tooLong] = await Promise.all([
      failureOf(w.admin.caller.organisation.updateSettings({ candidateChangeCutoffHours: -1 })),
      failureOf(w.admin.caller.organisation.updateSettings({ candidateChangeCutoffHours: 400 })),
    ]);
    expect(negative.fieldErrors?.candidateChangeCutoffHours).toEqual(["The cut-off cannot be negative."]);
    expect(tooLong.fieldErrors?.candidateChangeCutoffHours).toEqual(["Keep the cut-off at most 336 hours (two weeks)."]);
    expect(await w.admin.caller.organisation.settings()).toEqual({ candidateChangeCutoffHours: 24 });
  });
});
