import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { meetingUid } from "@/server/calendar/meeting-ics";
import { runDueJobs } from "@/server/jobs/queue";
import { reminderHandlers } from "@/server/jobs/reminders";
import { formatDueOn } from "@/server/rules/format";
import { utcToZonedLocal } from "@/server/rules/time-zones";
import { parseCalendar } from "../calendar";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { editableContent, joinedPlan, newOrg, planInput, recruiterOf, sharedPlan } from "../plan-api";
import { agreedStep, daysFromToday, debriefSetUp, jobsAbout } from "./fixtures";

/**
 * Reminders run from the jobs table. runDueJobs claims every due job of the
 * (shared) test database, so each test moves its own clock (`now`) only just
 * past its own jobs, and checks only its own job rows and its own addresses.
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

function runJobs(db: Db, now: Date) {
  return runDueJobs(db, reminderHandlers, { now, batchSize: 1000 });
}

/** A meeting a few days ahead, at a minute no other test uses, so its reminder falls due in a few days. */
function soonMeeting(daysAhead = 3, timeZone = "Europe/London") {
  const startsAt = new Date(Date.now() + daysAhead * DAY + Math.floor(Math.random() * 600) * MINUTE);
  return planInput({ startsAtLocal: utcToZonedLocal(startsAt, timeZone), timeZone });
}

/** The calendar day before a "YYYY-MM-DD" date. */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}

function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]!);
}

async function onlyJob(db: Db, kind: "meeting_reminder" | "step_due_reminder", id: string) {
  const rows = await jobsAbout(db, kind, id);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("meeting reminders", () => {
  it("sharing a plan schedules one reminder 24 hours before the meeting; sharing again adds none", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId } = await sharedPlan(db, admin, soonMeeting());
    const { startsAt } = await admin.caller.plan.get({ planId });
    const job = await onlyJob(db, "meeting_reminder", planId);
    expect(job).toMatchObject({ status: "pending", attempts: 0, payload: { planId, startsAt: startsAt.toISOString() } });
    expect(job.runAt.toISOString()).toBe(new Date(startsAt.getTime() - DAY).toISOString());

    await admin.caller.plan.share({ planId });
    expect(await jobsAbout(db, "meeting_reminder", planId)).toHaveLength(1);
  });

  it("when due, emails the candidate once, with the meeting's .ics attached", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = soonMeeting();
    const { planId } = await joinedPlan(db, admin, input);
    const { startsAt, endsAt } = await admin.caller.plan.get({ planId });
    const job = await onlyJob(db, "meeting_reminder", planId);
    const email = input.meeting.candidateEmail;

    // Not yet due: nothing happens.
    await runJobs(db, new Date(job.runAt.getTime() - MINUTE));
    expect(await emailsTo(db, email, "meeting_reminder")).toEqual([]);
    expect((await onlyJob(db, "meeting_reminder", planId)).status).toBe("pending");

    await runJobs(db, new Date(job.runAt.getTime() + MINUTE));
    const [reminder, ...more] = await emailsTo(db, email, "meeting_reminder");
    expect(more).toEqual([]);
    expect(reminder!.subject).toBe(`Tomorrow: your second interview for ${input.meeting.roleTitle} at ${input.meeting.hiringCompany}`);
    expect(reminder!.textBody).toContain(`/interviews/${planId}`);
    expect(reminder!.attachments).toHaveLength(1);
    expect(reminder!.attachments[0]).toMatchObject({ filename: "second-interview.ics", contentType: "text/calendar; charset=utf-8" });
    // The same file as the download, not a second invitation: the candidate's calendar has the event already.
    expect(reminder!.attachments[0]!.method).toBeUndefined();
    expect(parseCalendar(reminder!.attachments[0]!.content).method).toBe("PUBLISH");
    const event = parseEvent(reminder!.attachments[0]!.content);
    expect(event.uid).toBe(meetingUid(planId));
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(endsAt.toISOString());
    expect(reminder!.attachments[0]!.content).not.toContain(input.meeting.internalNote);
    expect((await onlyJob(db, "meeting_reminder", planId)).status).toBe("done");

    // Running again later sends nothing more.
    await runJobs(db, new Date(job.runAt.getTime() + 2 * MINUTE));
    expect(await emailsTo(db, email, "meeting_reminder")).toHaveLength(1);
  });

  it("two workers running at once send it exactly once", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = soonMeeting();
    const { planId } = await joinedPlan(db, admin, input);
    const job = await onlyJob(db, "meeting_reminder", planId);
    const now = new Date(job.runAt.getTime() + MINUTE);
    await Promise.all([runJobs(db, now), runJobs(db, now), runJobs(db, now)]);
    expect(await emailsTo(db, input.meeting.candidateEmail, "meeting_reminder")).toHaveLength(1);
    expect(await onlyJob(db, "meeting_reminder", planId)).toMatchObject({ status: "done", attempts: 1 });
  });

  it("a rescheduled meeting gets a new reminder; the old one is skipped without an email", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = soonMeeting();
    const { planId } = await joinedPlan(db, admin, input);
    const old = await onlyJob(db, "meeting_reminder", planId);
    const { content, version } = await editableContent(admin, planId);
    const later = new Date(old.runAt.getTime() + 2 * DAY);
    await admin.caller.plan.update({
      planId,
      expectedVersion: version,
      ...content,
      meeting: { ...content.meeting, startsAtLocal: utcToZonedLocal(later, content.meeting.timeZone) },
    });
    const { startsAt } = await admin.caller.plan.get({ planId });
    const jobs = await jobsAbout(db, "meeting_reminder", planId);
    expect(jobs).toHaveLength(2);
    const fresh = jobs.find((j) => j.id !== old.id)!;
    expect(fresh).toMatchObject({ status: "pending", payload: { planId, startsAt: startsAt.toISOString() } });
    expect(fresh.runAt.toISOString()).toBe(new Date(startsAt.getTime() - DAY).toISOString());

    // The old time comes and goes: nothing is sent.
    await runJobs(db, new Date(old.runAt.getTime() + MINUTE));
    expect(await emailsTo(db, input.meeting.candidateEmail, "meeting_reminder")).toEqual([]);
    expect((await jobsAbout(db, "meeting_reminder", planId)).map((j) => [j.id, j.status])).toEqual(
      expect.arrayContaining([
        [old.id, "skipped"],
        [fresh.id, "pending"],
      ]),
    );

    // The new time: one reminder, for the new time.
    await runJobs(db, new Date(fresh.runAt.getTime() + MINUTE));
    const reminders = await emailsTo(db, input.meeting.candidateEmail, "meeting_reminder");
    expect(reminders).toHaveLength(1);
    expect(parseEvent(reminders[0]!.attachments[0]!.content).startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
  });

  it("a meeting moved away and back again gets its reminder back", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = soonMeeting();
    const { planId } = await joinedPlan(db, admin, input);
    const original = await onlyJob(db, "meeting_reminder", planId);
    const move = async (startsAtLocal: string) => {
      const { content, version } = await editableContent(admin, planId);
      await admin.caller.plan.update({ planId, expectedVersion: version, ...content, meeting: { ...content.meeting, startsAtLocal } });
    };
    await move(utcToZonedLocal(new Date(original.runAt.getTime() + 3 * DAY), input.meeting.timeZone));
    // The original time passes while the meeting is elsewhere: that reminder is skipped.
    await runJobs(db, new Date(original.runAt.getTime() + MINUTE));
    await move(input.meeting.startsAtLocal);
    const back = (await jobsAbout(db, "meeting_reminder", planId)).find((j) => j.id === original.id)!;
    expect(back.status).toBe("pending");
    await runJobs(db, new Date(back.runAt.getTime() + MINUTE));
    expect(await emailsTo(db, input.meeting.candidateEmail, "meeting_reminder")).toHaveLength(1);
  });

  it("a cancelled meeting's reminder is skipped", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = soonMeeting();
    const { planId } = await joinedPlan(db, admin, input);
    await admin.caller.plan.cancel({ planId, expectedVersion: (await admin.caller.plan.get({ planId })).version });
    const job = await onlyJob(db, "meeting_reminder", planId);
    await runJobs(db, new Date(job.runAt.getTime() + MINUTE));
    expect(await emailsTo(db, input.meeting.candidateEmail, "meeting_reminder")).toEqual([]);
    expect((await onlyJob(db, "meeting_reminder", planId)).status).toBe("skipped");
  });

  it("a candidate who turned notification emails off gets no reminder", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = soonMeeting();
    const { planId, candidate } = await joinedPlan(db, admin, input);
    await candidate.caller.account.setNotificationEmails({ enabled: false });
    const job = await onlyJob(db, "meeting_reminder", planId);
    await runJobs(db, new Date(job.runAt.getTime() + MINUTE));
    expect(await emailsTo(db, input.meeting.candidateEmail, "meeting_reminder")).toEqual([]);
    expect((await onlyJob(db, "meeting_reminder", planId)).status).toBe("skipped");
  });
});

describe("next step due reminders", () => {
  it("a due date schedules a reminder at 09:00 the day before, on the plan's clock; no date, no reminder", async () => {
    for (const [timeZone, dueOn, runAt] of [
      ["Asia/Kolkata", "2027-03-10", "2027-03-09T03:30:00.000Z"], // UTC+5:30
      ["America/New_York", "2027-07-10", "2027-07-09T13:00:00.000Z"], // summer time, UTC-4
      ["America/New_York", "2027-01-10", "2027-01-09T14:00:00.000Z"], // winter, UTC-5
    ] as const) {
      const s = await debriefSetUp(planInput({ timeZone }));
      const { id } = await s.candidate.caller.nextStep.propose({ planId: s.planId, description: "Send references", owner: "candidate", dueOn });
      const job = await onlyJob(s.db, "step_due_reminder", id);
      expect({ timeZone, runAt: job.runAt.toISOString(), status: job.status, payload: job.payload }).toEqual({
        timeZone,
        runAt,
        status: "pending",
        payload: { stepId: id, dueOn },
      });
      const { id: undated } = await s.candidate.caller.nextStep.propose({ planId: s.planId, description: "Undated", owner: "candidate" });
      expect(await jobsAbout(s.db, "step_due_reminder", undated)).toEqual([]);
    }
  });

  it("when due, emails the owner's side once: the candidate for their steps, the plan's creator for the organisation's", async () => {
    const s = await debriefSetUp(planInput({ timeZone: "Asia/Kolkata" }));
    const { db, planId } = s;
    const colleague = await recruiterOf(db, s.org.id, "recruiter", "Casey Colleague");
    const dueOn = daysFromToday(2);
    const mine = await agreedStep(s, { description: "Send two references", owner: "candidate", dueOn });
    const { id: recruiters } = await colleague.caller.nextStep.propose({ planId, description: "Call the references", owner: "recruiter", dueOn });
    const { id: clients } = await colleague.caller.nextStep.propose({ planId, description: "Decide on the offer", owner: "hiring_company", dueOn });
    const jobs = await Promise.all([mine, recruiters, clients].map((id) => onlyJob(db, "step_due_reminder", id)));
    const runAt = jobs[0]!.runAt;
    expect(runAt.toISOString()).toBe(`${dayBefore(dueOn)}T03:30:00.000Z`);

    await runJobs(db, new Date(runAt.getTime() + MINUTE));
    const toCandidate = await emailsTo(db, s.input.meeting.candidateEmail, "step_due_reminder");
    expect(toCandidate.map((e) => e.subject)).toEqual(["Due tomorrow: Send two references"]);
    expect(toCandidate[0]!.textBody).toContain(`is due on ${formatDueOn(dueOn)}`);
    expect(toCandidate[0]!.textBody).toContain(`/interviews/${planId}`);
    const toCreator = await emailsTo(db, s.admin.user.email, "step_due_reminder");
    expect(toCreator.map((e) => e.subject).sort()).toEqual(["Due tomorrow: Call the references", "Due tomorrow: Decide on the offer"]);
    for (const email of toCreator) expect(email.textBody).toContain(`/plans/${planId}`);
    expect(await emailsTo(db, colleague.user.email, "step_due_reminder")).toEqual([]);
    for (const id of [mine, recruiters, clients]) expect((await onlyJob(db, "step_due_reminder", id)).status).toBe("done");

    // Once only.
    await runJobs(db, new Date(runAt.getTime() + 2 * MINUTE));
    await Promise.all([runJobs(db, new Date(runAt.getTime() + 3 * MINUTE)), runJobs(db, new Date(runAt.getTime() + 3 * MINUTE))]);
    expect(await emailsTo(db, s.input.meeting.candidateEmail, "step_due_reminder")).toHaveLength(1);
    expect(await emailsTo(db, s.admin.user.email, "step_due_reminder")).toHaveLength(2);
  });

  it("a changed due date gets a new reminder; the old one is skipped", async () => {
    const s = await debriefSetUp(planInput({ timeZone: "Asia/Kolkata" }));
    const { db, planId } = s;
    const [firstDate, newDate] = [daysFromToday(2), daysFromToday(5)];
    const id = await agreedStep(s, { description: "Send references", owner: "candidate", dueOn: firstDate });
    const old = await onlyJob(db, "step_due_reminder", id);
    await s.candidate.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Send references", owner: "candidate", dueOn: newDate });
    const jobs = await jobsAbout(db, "step_due_reminder", id);
    expect(jobs).toHaveLength(2);
    const fresh = jobs.find((j) => j.id !== old.id)!;
    expect(fresh.payload).toEqual({ stepId: id, dueOn: newDate });
    expect(fresh.runAt.toISOString()).toBe(`${dayBefore(newDate)}T03:30:00.000Z`);

    await runJobs(db, new Date(old.runAt.getTime() + MINUTE));
    expect(await emailsTo(db, s.input.meeting.candidateEmail, "step_due_reminder")).toEqual([]);
    const statuses = new Map((await jobsAbout(db, "step_due_reminder", id)).map((j) => [j.id, j.status]));
    expect(statuses).toEqual(new Map([[old.id, "skipped"], [fresh.id, "pending"]]));
  });

  it("a done or dropped step's reminder is skipped, and so is one for an owner who turned emails off", async () => {
    const s = await debriefSetUp(planInput({ timeZone: "Asia/Kolkata" }));
    const { db, planId } = s;
    const dueOn = daysFromToday(2);
    const done = await agreedStep(s, { description: "Book the trial day", owner: "recruiter", dueOn });
    await s.admin.caller.nextStep.markDone({ planId, stepId: done });
    const { id: dropped } = await s.candidate.caller.nextStep.propose({ planId, description: "Visit the office", owner: "candidate", dueOn });
    await s.candidate.caller.nextStep.drop({ planId, stepId: dropped });
    const quiet = await agreedStep(s, { description: "Send the portfolio", owner: "candidate", dueOn });
    await s.candidate.caller.account.setNotificationEmails({ enabled: false });

    const runAt = (await onlyJob(db, "step_due_reminder", done)).runAt;
    await runJobs(db, new Date(runAt.getTime() + MINUTE));
    for (const id of [done, dropped, quiet]) expect((await onlyJob(db, "step_due_reminder", id)).status).toBe("skipped");
    expect(await emailsTo(db, s.admin.user.email, "step_due_reminder")).toEqual([]);
    expect(await emailsTo(db, s.input.meeting.candidateEmail, "step_due_reminder")).toEqual([]);
  });
});
