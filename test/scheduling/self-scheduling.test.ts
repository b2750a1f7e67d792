import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { meetingSlots, notifications, plans } from "@/db/schema";
import { runDueJobs } from "@/server/jobs/queue";
import { reminderHandlers, scheduleMeetingReminder } from "@/server/jobs/reminders";
import { parseCalendar } from "../calendar";
import { emailsTo } from "../emails";
import { testDb } from "../db";
import { acceptAsCandidate, editableContent, newOrg, newestJoinToken, planInput } from "../plan-api";
import { failureOf, rejectionOf } from "../trpc-errors";
import { callerFor, signIn } from "../users";
import { futureSlots, planRow, slotsOfPlan } from "./fixtures";

/** A plan the candidate has joined, driven through the router as the browser drives it. */
async function joinedPlan() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const input = planInput({ timeZone: "Europe/London" });
  const { id: planId } = await admin.caller.plan.create(input);
  await admin.caller.plan.share({ planId });
  const candidate = await acceptAsCandidate(db, await newestJoinToken(db, input.meeting.candidateEmail));
  return { db, org, admin, candidate, planId, candidateEmail: input.meeting.candidateEmail };
}

type World = Awaited<ReturnType<typeof joinedPlan>>;

async function offer(w: World, slots = futureSlots("Europe/London")) {
  const { version } = await w.admin.caller.plan.get({ planId: w.planId });
  return w.admin.caller.scheduling.offer({ planId: w.planId, expectedVersion: version, slots });
}

describe("the recruiter offers times instead of a fixed one", () => {
  it("both sides see the time as to be picked, with the same open slots; no calendar file exists yet", async () => {
    const w = await joinedPlan();
    await offer(w);
    const [recruiterView, candidateView] = await Promise.all([
      w.admin.caller.plan.get({ planId: w.planId }),
      w.candidate.caller.interview.get({ planId: w.planId }),
    ]);
    for (const view of [recruiterView, candidateView]) {
      expect(view.scheduling.toBePicked).toBe(true);
      expect(view.scheduling.openSlots).toHaveLength(3);
      expect(view.stage).toBe("preparing");
    }
    expect(candidateView.scheduling.openSlots).toEqual(recruiterView.scheduling.openSlots);
    // 10:00 on the meeting's clock (London), whatever the reader's zone.
    const first = candidateView.scheduling.openSlots[0]!;
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeStyle: "short" }).format(first.startsAt)).toBe("10:00");
    expect(first.endsAt.getTime() - first.startsAt.getTime()).toBe(60 * 60_000);
    expect(recruiterView.schedulingAllowed).toEqual({ offer: true, pick: false, requestOtherTimes: false, changeTime: false });
    expect(candidateView.schedulingAllowed).toEqual({ offer: false, pick: true, requestOtherTimes: true, changeTime: false });

    const { items } = await w.admin.caller.plan.list({});
    expect(items.find((p) => p.id === w.planId)?.timeToBePicked).toBe(true);
    const [listed] = await w.candidate.caller.interview.list();
    expect(listed?.timeToBePicked).toBe(true);

    const refusals = await Promise.all([
      failureOf(w.admin.caller.plan.calendar({ planId: w.planId })),
      failureOf(w.candidate.caller.interview.calendar({ planId: w.planId })),
    ]);
    for (const refusal of refusals) {
      expect(refusal.code).toBe("PRECONDITION_FAILED");
      expect(refusal.message).toMatch(/still to be picked/);
    }
    const bell = await w.candidate.caller.notification.list({ limit: 5 });
    expect(bell.items[0]?.message).toMatch(/Pick a time for your second interview/);
  });

  it("refuses offers of too few, too many, repeated or past times with a message on the field", async () => {
    const w = await joinedPlan();
    const [one, eleven, twice, past] = await Promise.all([
      failureOf(offer(w, futureSlots("Europe/London").slice(0, 1))),
      failureOf(offer(w, Array.from({ length: 11 }, (_, i) => ({ startsAtLocal: `2031-01-${String(i + 10)}T10:00`, durationMinutes: 60 })))),
      failureOf(offer(w, [futureSlots("Europe/London")[0]!, futureSlots("Europe/London")[0]!])),
      failureOf(offer(w, [{ startsAtLocal: "2020-01-14T10:00", durationMinutes: 60 }, futureSlots("Europe/London")[0]!])),
    ]);
    expect(one.message).toBe("Please check the highlighted fields.");
    expect(one.fieldErrors?.slots).toEqual(["Offer at least 2 times for the candidate to choose from."]);
    expect(eleven.fieldErrors?.slots).toEqual(["Offer at most 10 times."]);
    expect(twice.fieldErrors?.["slots.1.startsAtLocal"]).toEqual(["This start time is offered twice: offer each time once."]);
    expect(past).toMatchObject({ code: "BAD_REQUEST", message: "Every time offered must be in the future." });
    expect(past.fieldErrors?.["slots.0.startsAtLocal"]).toEqual(["Every time offered must be in the future."]);
    expect(await slotsOfPlan(w.db, w.planId)).toEqual([]);
  });

  it("is refused before the candidate has joined: the invitation already carries a fixed time", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id: planId } = await admin.caller.plan.create(planInput());
    const refusal = await failureOf(admin.caller.scheduling.offer({ planId, expectedVersion: 1, slots: futureSlots("Europe/London") }));
    expect(refusal.code).toBe("PRECONDITION_FAILED");
    expect(refusal.message).toMatch(/once the candidate has joined/);
  });

  it("a new offer replaces the open one and clears the candidate's request for other times", async () => {
    const w = await joinedPlan();
    await offer(w);
    await w.candidate.caller.scheduling.requestOtherTimes({ planId: w.planId, message: "I am travelling that day: any time next week?" });
    const asked = await w.admin.caller.plan.get({ planId: w.planId });
    expect(asked.scheduling.otherTimesRequest?.message).toBe("I am travelling that day: any time next week?");
    const orgBell = await w.admin.caller.notification.list({ limit: 5 });
    expect(orgBell.items[0]?.message).toMatch(/asked for other times.*travelling that day/);

    await offer(w, futureSlots("Europe/London", 17).slice(0, 2));
    const view = await w.candidate.caller.interview.get({ planId: w.planId });
    expect(view.scheduling.openSlots).toHaveLength(2);
    expect(view.scheduling.otherTimesRequest).toBeNull();
    expect(await slotsOfPlan(w.db, w.planId)).toHaveLength(2);
  });

  it("an offer over a set time cancels that time's event in the candidate's calendar; a new offer over open times cancels nothing", async () => {
    const w = await joinedPlan();
    const before = await planRow(w.db, w.planId);
    const [invitation] = await emailsTo(w.db, w.candidateEmail, "plan_invitation");
    const invited = parseCalendar(invitation!.attachments.find((a) => a.method === "REQUEST")!.content);

    await offer(w);
    const [email, ...others] = await emailsTo(w.db, w.candidateEmail, "plan_update");
    expect(others).toHaveLength(0);
    expect(email?.subject).toMatch(/^Pick a new time/);
    expect(email?.textBody).toContain("no longer stands");
    const cancelled = parseCalendar(email!.attachments.find((a) => a.method === "CANCEL")!.content);
    expect(cancelled).toMatchObject({ method: "CANCEL", status: "CANCELLED", uid: invited.uid, startsAt: before.startsAt.toISOString() });
    expect(cancelled.sequence).toBeGreaterThan(invited.sequence);
    // One email: the candidate's notification of the offer goes to the bell only.
    const [bell] = (await w.candidate.caller.notification.list({ limit: 1 })).items;
    expect(bell?.message).toMatch(/^Pick a time/);

    await offer(w, futureSlots("Europe/London", 17).slice(0, 2));
    expect(await emailsTo(w.db, w.candidateEmail, "plan_update")).toHaveLength(1);
  });

  it("saving the plan form unchanged keeps the offer; typing a time there sets it and withdraws the offer", async () => {
    const w = await joinedPlan();
    await offer(w);
    const form = await editableContent(w.admin, w.planId);
    await w.admin.caller.plan.update({ planId: w.planId, expectedVersion: form.version, ...form.content, meeting: { ...form.content.meeting, roleTitle: "Lead Designer" } });
    expect((await w.admin.caller.plan.get({ planId: w.planId })).scheduling.openSlots).toHaveLength(3);

    const again = await editableContent(w.admin, w.planId);
    await w.admin.caller.plan.update({
      planId: w.planId,
      expectedVersion: again.version,
      ...again.content,
      meeting: { ...again.content.meeting, startsAtLocal: "2031-03-03T09:00" },
    });
    const view = await w.candidate.caller.interview.get({ planId: w.planId });
    expect(view.scheduling).toEqual({ toBePicked: false, openSlots: [], otherTimesRequest: null });
    expect(view.startsAt).toEqual(new Date("2031-03-03T09:00:00Z"));
    expect(await slotsOfPlan(w.db, w.planId)).toEqual([]);
  });
});

describe("the candidate picks a time", () => {
  it("sets the meeting for both sides, emails the candidate the invitation and tells the organisation", async () => {
    const w = await joinedPlan();
    await offer(w);
    const { scheduling } = await w.candidate.caller.interview.get({ planId: w.planId });
    const chosen = scheduling.openSlots[1]!;
    const picked = await w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: chosen.id });
    expect(picked.startsAt).toEqual(chosen.startsAt);

    const [recruiterView, candidateView] = await Promise.all([
      w.admin.caller.plan.get({ planId: w.planId }),
      w.candidate.caller.interview.get({ planId: w.planId }),
    ]);
    for (const view of [recruiterView, candidateView]) {
      expect(view.scheduling).toEqual({ toBePicked: false, openSlots: [], otherTimesRequest: null });
      expect({ startsAt: view.startsAt, endsAt: view.endsAt, durationMinutes: view.durationMinutes }).toEqual({
        startsAt: chosen.startsAt,
        endsAt: chosen.endsAt,
        durationMinutes: 45,
      });
    }
    expect(candidateView.schedulingAllowed.pick).toBe(false);

    const [email] = await emailsTo(w.db, w.candidateEmail, "plan_rescheduled");
    expect(email?.attachments?.some((a) => a.method === "REQUEST")).toBe(true);
    const calendar = await w.candidate.caller.interview.calendar({ planId: w.planId });
    expect(calendar.ics).toContain("BEGIN:VEVENT");

    const orgBell = await w.admin.caller.notification.list({ limit: 5 });
    expect(orgBell.items[0]?.message).toMatch(/picked .* for the second interview/);
    const timeline = await w.admin.caller.timeline.list({ planId: w.planId });
    expect(timeline.map((e) => e.type)).toContain("slot_picked");
    const taken = (await slotsOfPlan(w.db, w.planId)).filter((s) => s.takenAt);
    expect(taken.map((s) => s.id)).toEqual([chosen.id]);
  });

  it("20 concurrent picks from the candidate's sessions: exactly one wins, every other gets a clear message", async () => {
    const w = await joinedPlan();
    await offer(w);
    const slots = (await w.candidate.caller.interview.get({ planId: w.planId })).scheduling.openSlots;
    const [plan] = await w.db.select().from(plans).where(eq(plans.id, w.planId));
    const sessions = await Promise.all(Array.from({ length: 20 }, () => signIn(w.db, plan!.candidateUserId!)));
    const results = await Promise.allSettled(
      sessions.map((session, i) => callerFor(w.db, session).scheduling.pick({ planId: w.planId, slotId: slots[i % slots.length]!.id })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const losers = await Promise.all(
      results.flatMap((r) => (r.status === "rejected" ? [failureOf(Promise.reject(r.reason))] : [])),
    );
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.code).toBe("CONFLICT");
      expect(loser.message).toMatch(/^A time was already picked for this interview: .+\. Reload to see it\.$/);
    }
    const taken = (await slotsOfPlan(w.db, w.planId)).filter((s) => s.takenAt);
    expect(taken).toHaveLength(1);
    expect((await planRow(w.db, w.planId)).startsAt).toEqual(taken[0]!.startsAt);
    expect(await emailsTo(w.db, w.candidateEmail, "plan_rescheduled")).toHaveLength(1);
  });

  it("a slot of another plan, or one already started, is refused with the times still open", async () => {
    const w = await joinedPlan();
    await offer(w);
    const slots = await slotsOfPlan(w.db, w.planId);
    // The first slot has started meanwhile.
    await w.db.update(meetingSlots).set({ startsAt: new Date(Date.now() - 60_000) }).where(eq(meetingSlots.id, slots[0]!.id));
    const started = await failureOf(w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: slots[0]!.id }));
    expect(started.code).toBe("CONFLICT");
    expect(started.message).toMatch(/^That time is no longer open\. Still open \(.+\): .+; .+\.$/);
    const view = await w.candidate.caller.interview.get({ planId: w.planId });
    expect(view.scheduling.openSlots.map((s) => s.id)).toEqual([slots[1]!.id, slots[2]!.id]);

    const other = await joinedPlan();
    await offer(other);
    const foreign = await rejectionOf(w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: (await slotsOfPlan(w.db, other.planId))[0]!.id }));
    expect(foreign.code).toBe("NOT_FOUND");
  });

  it("an unpicked plan whose offered times have all passed never turns to debrief, sends no reminder and can be offered again", async () => {
    const w = await joinedPlan();
    await offer(w);
    // Thirty days on: every offered time, and so the offer's span, is in the past.
    const back = sql`interval '30 days'`;
    await w.db
      .update(meetingSlots)
      .set({ startsAt: sql`${meetingSlots.startsAt} - ${back}`, endsAt: sql`${meetingSlots.endsAt} - ${back}` })
      .where(eq(meetingSlots.planId, w.planId));
    await w.db.update(plans).set({ startsAt: sql`${plans.startsAt} - ${back}`, endsAt: sql`${plans.endsAt} - ${back}` }).where(eq(plans.id, w.planId));
    const view = await w.candidate.caller.interview.get({ planId: w.planId });
    expect({ stage: view.stage, followUp: view.followUp, meetingAhead: view.meetingAhead }).toEqual({
      stage: "preparing",
      followUp: false,
      meetingAhead: true,
    });
    expect(view.scheduling.openSlots).toEqual([]);
    expect(view.schedulingAllowed).toEqual({ offer: false, pick: false, requestOtherTimes: true, changeTime: false });
    const { items } = await w.admin.caller.plan.list({ stages: ["preparing"] });
    expect(items.map((p) => p.id)).toContain(w.planId);
    const { items: debrief } = await w.admin.caller.plan.list({ stages: ["debrief"] });
    expect(debrief.map((p) => p.id)).not.toContain(w.planId);

    const refusal = await failureOf(w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: (await slotsOfPlan(w.db, w.planId))[0]!.id }));
    expect(refusal).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/None of the offered times is still open/) });

    await offer(w, futureSlots("Europe/London", 5));
    expect((await w.candidate.caller.interview.get({ planId: w.planId })).scheduling.openSlots).toHaveLength(3);
  });

  it("sends no meeting reminder while the time is to be picked, even one due for the offer's first start", async () => {
    const w = await joinedPlan();
    await offer(w);
    const plan = await planRow(w.db, w.planId);
    await scheduleMeetingReminder(w.db, plan);
    await runDueJobs(w.db, reminderHandlers, { now: new Date(plan.startsAt.getTime() - 3_600_000) });
    expect(await emailsTo(w.db, w.candidateEmail, "meeting_reminder")).toEqual([]);
  });

  it("the organisation cannot pick or ask on the candidate's behalf, and nothing changes", async () => {
    const w = await joinedPlan();
    await offer(w);
    const [slot] = await slotsOfPlan(w.db, w.planId);
    expect((await rejectionOf(w.admin.caller.scheduling.pick({ planId: w.planId, slotId: slot!.id }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(w.admin.caller.scheduling.requestOtherTimes({ planId: w.planId, message: "x" }))).code).toBe("NOT_FOUND");
    expect((await planRow(w.db, w.planId)).timeToBePicked).toBe(true);
    const fromOrg = await w.db.select().from(notifications).where(eq(notifications.planId, w.planId));
    expect(fromOrg.filter((n) => n.type === "slot_picked")).toEqual([]);
  });
});
