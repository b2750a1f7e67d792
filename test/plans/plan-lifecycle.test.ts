import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { uniqueEmail } from "@/db/seed/factories";
import { meetingUid } from "@/server/calendar/meeting-ics";
import { PLAN_CLOSED_MESSAGE } from "@/server/domain/plan-writable";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { editableContent, joinedPlan, newOrg, planInput, sharedPlan, visitor } from "../plan-api";
import { failureOf } from "../trpc-errors";

/** Every key anywhere in a value, at any depth. */
function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, into);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  return into;
}

/** The one event of an .ics, parsed by ical.js (an independent RFC 5545 implementation). */
function parseEvent(ics: string) {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]!);
}

describe("the candidate's view of a plan", () => {
  it("never holds the internal note or the candidate-email field, under any key or in any text", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const note = `Internal: client budget is capped ${randomUUID()}`;
    const { planId, candidate } = await joinedPlan(db, admin, planInput({ internalNote: note }));
    expect((await admin.caller.plan.get({ planId })).internalNote).toBe(note);

    const view = await candidate.caller.interview.get({ planId });
    const keys = keysDeep(view);
    expect(keys.has("internalNote")).toBe(false);
    expect(keys.has("candidateEmail")).toBe(false);
    expect(keys.has("preparation")).toBe(false);
    expect(JSON.stringify(view)).not.toContain(note);
    expect(JSON.stringify(await candidate.caller.interview.list())).not.toContain(note);
    expect((await candidate.caller.interview.calendar({ planId })).ics).not.toContain("client budget");
    // What the candidate does see.
    expect(view).toMatchObject({ roleTitle: "Senior Product Designer", hiringCompany: "Lumen Health", candidateName: "Jordan Blake" });
    expect(view.interviewers.map((p) => p.name)).toEqual(["Maya Chen", "Tom Okafor"]);
  });
});

describe("rescheduling", () => {
  it("emails the candidate of a shared plan the new time when the start moves", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await sharedPlan(db, admin, planInput({ startsAtLocal: "2027-01-14T10:00", timeZone: "Europe/London" }));
    const { content, version } = await editableContent(admin, planId);
    content.meeting.startsAtLocal = "2027-01-15T14:30";

    expect(await admin.caller.plan.update({ planId, expectedVersion: version, ...content })).toMatchObject({ rescheduled: true });
    const emails = await emailsTo(db, input.meeting.candidateEmail, "plan_rescheduled");
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe("New time for your second interview: Senior Product Designer at Lumen Health");
    expect(emails[0]!.textBody).toContain("15 Jan 2027, 14:30–16:00 (Europe/London)");
    expect(emails[0]!.textBody).toContain(`http://localhost:3000/interviews/${planId}`);
    expect(emails[0]!.textBody).not.toContain(input.meeting.internalNote);
  });

  it("emails a joined candidate when the duration or the time zone changes too", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await joinedPlan(db, admin);
    let edit = await editableContent(admin, planId);
    edit.content.meeting.durationMinutes = 60;
    await admin.caller.plan.update({ planId, expectedVersion: edit.version, ...edit.content });
    edit = await editableContent(admin, planId);
    edit.content.meeting.timeZone = "Europe/Paris";
    await admin.caller.plan.update({ planId, expectedVersion: edit.version, ...edit.content });
    expect(await emailsTo(db, input.meeting.candidateEmail, "plan_rescheduled")).toHaveLength(2);
  });

  it("sends nothing when only the role title changes", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await joinedPlan(db, admin);
    const { content, version } = await editableContent(admin, planId);
    content.meeting.roleTitle = "Principal Product Designer";
    expect(await admin.caller.plan.update({ planId, expectedVersion: version, ...content })).toMatchObject({ rescheduled: false });
    expect(await emailsTo(db, input.meeting.candidateEmail, "plan_rescheduled")).toEqual([]);
  });

  it("sends nothing for a draft the candidate has never seen", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    const { id } = await admin.caller.plan.create(input);
    const { content } = await editableContent(admin, id);
    content.meeting.startsAtLocal = "2027-02-01T09:00";
    await admin.caller.plan.update({ planId: id, expectedVersion: 1, ...content });
    expect((await admin.caller.plan.get({ planId: id })).startsAtLocal).toBe("2027-02-01T09:00");
    expect(await emailsTo(db, input.meeting.candidateEmail)).toEqual([]);
  });
});

describe("cancelling", () => {
  it("closes the plan, tells the candidate, refuses edits and resends, and stays readable", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input, candidate } = await joinedPlan(db, admin);
    const { content, version } = await editableContent(admin, planId);

    await admin.caller.plan.cancel({ planId, expectedVersion: version });
    const plan = await admin.caller.plan.get({ planId });
    expect(plan.stage).toBe("closed");
    expect(plan.cancelledAt).toBeInstanceOf(Date);
    const cancelled = await emailsTo(db, input.meeting.candidateEmail, "plan_cancelled");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.subject).toBe("Cancelled: your second interview for Senior Product Designer at Lumen Health");

    const update = await failureOf(admin.caller.plan.update({ planId, expectedVersion: plan.version, ...content }));
    expect(update).toMatchObject({ code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE });
    expect(await failureOf(admin.caller.plan.share({ planId }))).toMatchObject({ code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE });
    expect((await failureOf(admin.caller.plan.cancel({ planId, expectedVersion: plan.version }))).code).toBe("PRECONDITION_FAILED");
    expect(await admin.caller.plan.get({ planId })).toEqual(plan);

    // The candidate still reads it, closed.
    const view = await candidate.caller.interview.get({ planId });
    expect(view).toMatchObject({ stage: "closed", cancelledAt: plan.cancelledAt });
    // A cancelled meeting is listed with the past ones on the candidate's dashboard.
    expect((await candidate.caller.interview.list()).find((p) => p.id === planId)).toMatchObject({ stage: "closed", meetingHeld: true });
    const event = parseEvent((await candidate.caller.interview.calendar({ planId })).ics);
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("tells a candidate who was sent a link but never joined, and withdraws the link", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input, token } = await sharedPlan(db, admin);
    await admin.caller.plan.cancel({ planId, expectedVersion: 1 });
    expect(await emailsTo(db, input.meeting.candidateEmail, "plan_cancelled")).toHaveLength(1);
    expect((await visitor(db).join.describe({ token })).state).toBe("revoked");
    expect((await failureOf(visitor(db).join.accept({ token }))).code).toBe("BAD_REQUEST");
  });

  it("sends nothing when cancelling a draft", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    const { id } = await admin.caller.plan.create(input);
    await admin.caller.plan.cancel({ planId: id, expectedVersion: 1 });
    expect((await admin.caller.plan.get({ planId: id })).stage).toBe("closed");
    expect(await emailsTo(db, input.meeting.candidateEmail)).toEqual([]);
  });

  it("refuses a cancel from a stale version", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const { plan } = await editableContent(admin, planId);
    await candidate.caller.consistency.flag({ planId, itemId: plan.firstInterview[0]!.id, comment: "Values changed.", expectedVersion: 1 });
    expect((await failureOf(admin.caller.plan.cancel({ planId, expectedVersion: plan.version }))).code).toBe("CONFLICT");
    expect((await admin.caller.plan.get({ planId })).stage).toBe("preparing");
  });
});

describe("duplicating a plan for the next candidate", () => {
  it("copies the meeting, people and topics, with the new candidate and none of the old one's data", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    await candidate.caller.goal.add({ planId, kind: "learn", text: "How big is the team?" });
    await admin.caller.goal.add({ planId, kind: "team_goal", text: "See a portfolio piece end to end" });
    const source = await admin.caller.plan.get({ planId });
    const email = uniqueEmail("next");

    const { id } = await admin.caller.plan.duplicate({ planId, candidateName: "Morgan Diaz", candidateEmail: email.toUpperCase() });
    expect(id).not.toBe(planId);
    const copy = await admin.caller.plan.get({ planId: id });
    expect(copy).toMatchObject({
      stage: "draft",
      version: 1,
      candidateName: "Morgan Diaz",
      candidateEmail: email,
      candidateJoined: false,
      internalNote: "",
      invitation: null,
      preparation: { stepsDone: 0, sharedGoals: 0, itemsToRevisit: 0 },
      roleTitle: source.roleTitle,
      hiringCompany: source.hiringCompany,
      startsAtLocal: source.startsAtLocal,
      timeZone: source.timeZone,
      durationMinutes: source.durationMinutes,
      format: source.format,
      location: source.location,
      joiningNotes: source.joiningNotes,
      agenda: source.agenda,
    });
    const person = ({ name, jobTitle, background, wantsToEstablish, profileUrl }: (typeof source.interviewers)[number]) => ({
      name,
      jobTitle,
      background,
      wantsToEstablish,
      profileUrl,
    });
    expect(copy.interviewers.map(person)).toEqual(source.interviewers.map(person));
    expect(copy.interviewers.map((p) => p.id)).not.toContain(source.interviewers[0]!.id);
    expect(copy.firstInterview.map((i) => i.topic)).toEqual(source.firstInterview.map((i) => i.topic));
    expect(copy.firstInterview.map((i) => i.summary)).not.toContain(source.firstInterview[0]!.summary);
    expect((await admin.caller.goal.list({ planId: id })).goals).toEqual([]);
    expect(await emailsTo(db, email)).toEqual([]);
  });

  it("cannot duplicate another organisation's plan", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const other = await newOrg(db);
    const { id } = await other.admin.caller.plan.create(planInput());
    const failure = await failureOf(admin.caller.plan.duplicate({ planId: id, candidateName: "X", candidateEmail: uniqueEmail() }));
    expect(failure).toMatchObject({ code: "NOT_FOUND", message: "Plan not found." });
    expect((await admin.caller.plan.list({})).total).toBe(0);
    expect((await other.admin.caller.plan.list({})).total).toBe(1);
  });
});

describe("calendar files", () => {
  it("give both sides the same event, whose UID stays and whose SEQUENCE grows when rescheduled", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin, planInput({ startsAtLocal: "2027-07-01T09:00", timeZone: "America/New_York" }));

    const recruiterFile = await admin.caller.plan.calendar({ planId });
    const candidateFile = await candidate.caller.interview.calendar({ planId });
    expect(recruiterFile.filename).toBe("second-interview.ics");
    const before = parseEvent(recruiterFile.ics);
    const theirs = parseEvent(candidateFile.ics);
    expect(before.uid).toBe(meetingUid(planId));
    expect(theirs.uid).toBe(before.uid);
    expect(before.summary).toBe("Second interview: Senior Product Designer at Lumen Health");
    expect(before.startDate.toJSDate().toISOString()).toBe("2027-07-01T13:00:00.000Z");
    expect(before.endDate.toJSDate().toISOString()).toBe("2027-07-01T14:30:00.000Z");
    expect(before.description).toContain(`/plans/${planId}`);
    expect(theirs.description).toContain(`/interviews/${planId}`);

    const { content, version } = await editableContent(admin, planId);
    content.meeting.startsAtLocal = "2027-07-02T11:00";
    await admin.caller.plan.update({ planId, expectedVersion: version, ...content });
    for (const ics of [(await admin.caller.plan.calendar({ planId })).ics, (await candidate.caller.interview.calendar({ planId })).ics]) {
      const after = parseEvent(ics);
      expect(after.uid).toBe(before.uid);
      expect(after.sequence).toBeGreaterThan(before.sequence);
      expect(after.startDate.toJSDate().toISOString()).toBe("2027-07-02T15:00:00.000Z");
    }
  });
});
