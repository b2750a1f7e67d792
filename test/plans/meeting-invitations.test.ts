import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { memberships, type OutboxMessage } from "@/db/schema";
import { meetingUid } from "@/server/calendar/meeting-ics";
import type { EmailMessage } from "@/server/email/templates";
import { parseCalendar } from "../calendar";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { editableContent, joinedPlan, newOrg, planInput, recruiterOf, sharedPlan } from "../plan-api";

/**
 * The calendar invitation each meeting email carries, read back from the outbox and parsed by
 * ical.js as a calendar app would: what it asks of the calendar (METHOD), which event (UID),
 * whether it supersedes the last one (SEQUENCE), who asks whom, and when.
 */
function invitationOf(email: OutboxMessage | undefined) {
  const part = email?.attachments.find((a) => a.method);
  expect(part, `no invitation in ${email?.kind} email`).toBeDefined();
  expect(part!.contentType).toBe(`text/calendar; charset=utf-8; method=${part!.method}`);
  const calendar = parseCalendar(part!.content);
  expect(calendar.method).toBe(part!.method);
  return calendar;
}

async function onlyEmail(db: Db, to: string, kind: EmailMessage["kind"]) {
  const emails = await emailsTo(db, to, kind);
  expect(emails).toHaveLength(1);
  return emails[0];
}

describe("meeting invitations in the candidate's emails", () => {
  it("invite, reschedule and cancel one event: same UID, rising SEQUENCE, REQUEST then CANCEL", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input, candidate } = await joinedPlan(db, admin, planInput({ startsAtLocal: "2027-01-14T10:00", timeZone: "Europe/London" }));
    const candidateEmail = input.meeting.candidateEmail;

    const invited = invitationOf(await onlyEmail(db, candidateEmail, "plan_invitation"));
    expect(invited).toMatchObject({ method: "REQUEST", uid: meetingUid(planId), status: "CONFIRMED", startsAt: "2027-01-14T10:00:00.000Z" });
    expect(invited.organizer).toEqual(expect.objectContaining({ address: admin.user.email, name: admin.user.name }));
    expect(invited.attendees).toEqual([
      { address: candidateEmail, name: input.meeting.candidateName, role: "REQ-PARTICIPANT", partstat: "NEEDS-ACTION", rsvp: "TRUE" },
    ]);
    expect(invited.event.description).toContain(`/interviews/${planId}`);
    expect(invited.event.description).not.toContain(input.meeting.internalNote);

    // An edit that leaves the meeting alone sends nothing, and the next invitation still supersedes this one.
    let edit = await editableContent(admin, planId);
    edit.content.meeting.roleTitle = "Principal Product Designer";
    await admin.caller.plan.update({ planId, expectedVersion: edit.version, ...edit.content });
    edit = await editableContent(admin, planId);
    edit.content.meeting.startsAtLocal = "2027-07-15T10:00";
    await admin.caller.plan.update({ planId, expectedVersion: edit.version, ...edit.content });
    const moved = invitationOf(await onlyEmail(db, candidateEmail, "plan_rescheduled"));
    expect(moved).toMatchObject({ method: "REQUEST", uid: invited.uid, status: "CONFIRMED", startsAt: "2027-07-15T09:00:00.000Z" });
    expect(moved.sequence).toBeGreaterThan(invited.sequence);
    expect(moved.event.summary).toBe("Second interview: Principal Product Designer at Lumen Health");
    expect(moved.attendees.map((a) => a.address)).toEqual([candidateEmail]);

    await admin.caller.plan.cancel({ planId, expectedVersion: (await admin.caller.plan.get({ planId })).version });
    const cancelled = invitationOf(await onlyEmail(db, candidateEmail, "plan_cancelled"));
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: invited.uid, status: "CANCELLED" });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    expect(cancelled.organizer?.address).toBe(admin.user.email);
    expect(cancelled.attendees.map((a) => a.address)).toEqual([candidateEmail]);

    // The downloadable files describe the same event, at least as new, for import rather than reply.
    for (const ics of [(await admin.caller.plan.calendar({ planId })).ics, (await candidate.caller.interview.calendar({ planId })).ics]) {
      const file = parseCalendar(ics);
      expect(file).toMatchObject({ method: "PUBLISH", uid: invited.uid, status: "CANCELLED", attendees: [] });
      expect(file.sequence).toBeGreaterThanOrEqual(cancelled.sequence);
      expect(file.timeZones).toEqual(["Europe/London"]);
    }
  });

  it.each([
    ["in summer (BST)", "2027-07-15", "2027-07-15T09:00:00.000Z"],
    ["in winter (GMT)", "2027-01-14", "2027-01-14T10:00:00.000Z"],
    ["on the day the clocks go forward", "2027-03-28", "2027-03-28T09:00:00.000Z"],
  ])("puts a meeting at 10:00 in London %s at its instant, through the invitation's VTIMEZONE", async (_, day, instant) => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { input } = await sharedPlan(db, admin, planInput({ startsAtLocal: `${day}T10:00`, timeZone: "Europe/London" }));
    const invited = invitationOf(await onlyEmail(db, input.meeting.candidateEmail, "plan_invitation"));
    expect(invited.timeZones).toEqual(["Europe/London"]);
    expect(invited.startZone).toBe("Europe/London");
    expect(invited.event.startDate.hour).toBe(10);
    expect(invited.startsAt).toBe(instant);
    // 90 minutes, as planned.
    expect(invited.endsAt).toBe(new Date(Date.parse(instant) + 90 * 60_000).toISOString());
  });

  it("a resent invitation asks again about the same event, no older than the first", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await sharedPlan(db, admin);
    await admin.caller.plan.share({ planId });
    const [second, first] = (await emailsTo(db, input.meeting.candidateEmail, "plan_invitation")).map(invitationOf);
    expect(second!.uid).toBe(first!.uid);
    expect(second!.sequence).toBeGreaterThanOrEqual(first!.sequence);
  });

  it("comes from the app's own address once the plan's recruiter has left the organisation", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const recruiter = await recruiterOf(db, org.id);
    const { planId, input } = await sharedPlan(db, recruiter, planInput({ startsAtLocal: "2027-02-01T10:00" }));
    expect(invitationOf(await onlyEmail(db, input.meeting.candidateEmail, "plan_invitation")).organizer?.address).toBe(recruiter.user.email);

    const [membership] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, recruiter.user.id)));
    await admin.caller.organisation.removeMember({ membershipId: membership!.id });
    const { content, version } = await editableContent(admin, planId);
    content.meeting.startsAtLocal = "2027-02-02T10:00";
    await admin.caller.plan.update({ planId, expectedVersion: version, ...content });
    const moved = invitationOf(await onlyEmail(db, input.meeting.candidateEmail, "plan_rescheduled"));
    expect(moved.organizer).toEqual(expect.objectContaining({ address: "no-reply@second-round.local", name: "Second Round" }));
  });
});
