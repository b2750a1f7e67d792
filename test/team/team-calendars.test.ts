import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users, type OutboxMessage } from "@/db/schema";
import { meetingUid } from "@/server/calendar/meeting-ics";
import { parseCalendar } from "../calendar";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { editableContent, newOrg, planInput } from "../plan-api";
import { futureSlots } from "../scheduling/fixtures";
import { acceptAsInterviewer, interviewerInvitationToken, planWithInterviewer } from "./fixtures";

/** The calendar invitation of an email, as ical.js reads it. */
function invitationOf(email: OutboxMessage | undefined) {
  const part = email?.attachments.find((a) => a.method);
  expect(part, `no invitation in ${email?.kind} email`).toBeDefined();
  return parseCalendar(part!.content);
}

async function setUp() {
  const db = await testDb();
  const { admin } = await newOrg(db);
  const world = await planWithInterviewer(db, admin, planInput({ startsAtLocal: "2027-01-14T10:00", timeZone: "Europe/London" }));
  return { db, admin, ...world, candidateEmail: world.input.meeting.candidateEmail };
}

async function reschedule(w: Awaited<ReturnType<typeof setUp>>, startsAtLocal: string) {
  const edit = await editableContent(w.admin, w.planId);
  edit.content.meeting.startsAtLocal = startsAtLocal;
  await w.admin.caller.plan.update({ planId: w.planId, expectedVersion: edit.version, ...edit.content });
}

describe("the meeting in the calendars of the interviewers who joined", () => {
  it("joining puts it there; a new time moves it and cancelling removes it: the candidate's event, each copy naming only its reader", async () => {
    const w = await setUp();
    const name = w.input.interviewers![0]!.name;
    const [joined, ...more] = await emailsTo(w.db, w.interviewer.email, "plan_rescheduled");
    expect(more).toHaveLength(0);
    const invited = invitationOf(joined);
    expect(invited).toMatchObject({ method: "REQUEST", uid: meetingUid(w.planId), status: "CONFIRMED", startsAt: "2027-01-14T10:00:00.000Z" });
    expect(invited.attendees).toEqual([expect.objectContaining({ address: w.interviewer.email, name, rsvp: "TRUE" })]);
    expect(invited.organizer?.address).toBe(w.admin.user.email);
    expect(invited.event.description).toContain(`/team/${w.planId}`);
    expect(joined!.textBody).toContain(`/team/${w.planId}`);

    await reschedule(w, "2027-07-15T10:00");
    const [movedEmail] = await emailsTo(w.db, w.interviewer.email, "plan_rescheduled");
    const moved = invitationOf(movedEmail);
    expect(moved).toMatchObject({ method: "REQUEST", uid: invited.uid, startsAt: "2027-07-15T09:00:00.000Z" });
    expect(moved.sequence).toBeGreaterThan(invited.sequence);
    expect(movedEmail!.textBody).toContain("The meeting moved to");
    // The candidate's own copy of the same event names the candidate alone: no interviewer's address reaches them.
    const [candidateCopy] = await emailsTo(w.db, w.candidateEmail, "plan_rescheduled");
    const theirs = invitationOf(candidateCopy);
    expect(theirs).toMatchObject({ uid: invited.uid, sequence: moved.sequence, startsAt: moved.startsAt });
    expect(theirs.attendees.map((a) => a.address)).toEqual([w.candidateEmail]);
    expect(candidateCopy!.textBody + candidateCopy!.attachments.map((a) => a.content).join("")).not.toContain(w.interviewer.email);

    await w.admin.caller.plan.cancel({ planId: w.planId, expectedVersion: (await w.admin.caller.plan.get({ planId: w.planId })).version });
    const cancelled = invitationOf((await emailsTo(w.db, w.interviewer.email, "plan_cancelled"))[0]);
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: invited.uid, status: "CANCELLED" });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
  });

  it("an offer of times cancels their event, and the candidate's pick sets it again", async () => {
    const w = await setUp();
    const { version } = await w.admin.caller.plan.get({ planId: w.planId });
    await w.admin.caller.scheduling.offer({ planId: w.planId, expectedVersion: version, slots: futureSlots("Europe/London") });
    const released = invitationOf((await emailsTo(w.db, w.interviewer.email, "plan_cancelled"))[0]);
    expect(released).toMatchObject({ method: "CANCEL", uid: meetingUid(w.planId), startsAt: "2027-01-14T10:00:00.000Z" });

    const [slot] = (await w.candidate.caller.interview.get({ planId: w.planId })).scheduling.openSlots;
    await w.candidate.caller.scheduling.pick({ planId: w.planId, slotId: slot!.id });
    const [pickedEmail] = await emailsTo(w.db, w.interviewer.email, "plan_rescheduled");
    const picked = invitationOf(pickedEmail);
    expect(picked).toMatchObject({ method: "REQUEST", uid: released.uid, startsAt: slot!.startsAt.toISOString() });
    expect(picked.sequence).toBeGreaterThan(released.sequence);
    expect(pickedEmail!.textBody).toContain("picked a time");
  });

  it("reaches only interviewers who joined, and none who turned notification emails off", async () => {
    const w = await setUp();
    const second = await interviewerInvitationToken(w.db, {
      planId: w.planId,
      invitedById: w.admin.user.id,
      interviewerId: (await w.admin.caller.plan.get({ planId: w.planId })).interviewers[1]!.id,
    });
    await w.db.update(users).set({ notificationEmails: false }).where(eq(users.id, w.interviewer.userId));
    await reschedule(w, "2027-07-15T10:00");
    expect(await emailsTo(w.db, second.email, "plan_rescheduled")).toHaveLength(0);
    expect(await emailsTo(w.db, w.interviewer.email, "plan_rescheduled")).toHaveLength(1);

    // Once the second joins, the event reaches them at its current time.
    await acceptAsInterviewer(w.db, second.token);
    const [theirs] = await emailsTo(w.db, second.email, "plan_rescheduled");
    expect(invitationOf(theirs).startsAt).toBe("2027-07-15T09:00:00.000Z");
  });
});

