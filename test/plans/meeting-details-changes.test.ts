import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { OutboxMessage } from "@/db/schema";
import { describeEvent } from "@/components/timeline/describe-event";
import { meetingUid } from "@/server/calendar/meeting-ics";
import { parseCalendar } from "../calendar";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { notificationsAbout } from "../next-steps/fixtures";
import { editableContent, joinedPlan, newOrg, planInput, sharedPlan, type Recruiter } from "../plan-api";
import { futureSlots } from "../scheduling/fixtures";

/**
 * The recruiter changes where or how the candidate joins (format, location, joining notes) without
 * moving the time: the candidate's calendar event must follow, so one email says what changed and
 * carries the updated invitation.
 */
const NEW_LINK = "https://meet.example.com/lumen-design-2";
const ADDRESS = "Lumen Health, 1 Quay St, Manchester";

function invitationOf(email: OutboxMessage | undefined) {
  const part = email?.attachments.find((a) => a.method);
  expect(part, `no invitation in ${email?.kind} email`).toBeDefined();
  return parseCalendar(part!.content);
}

async function edit(recruiter: Recruiter, planId: string, change: (meeting: Awaited<ReturnType<typeof editableContent>>["content"]["meeting"]) => void) {
  const { content, version } = await editableContent(recruiter, planId);
  change(content.meeting);
  await recruiter.caller.plan.update({ planId, expectedVersion: version, ...content });
}

/** Every email to the candidate after the invitation. */
async function updatesTo(db: Db, email: string) {
  return (await emailsTo(db, email)).filter((e) => e.kind !== "plan_invitation");
}

describe("a new place for the meeting, at the same time", () => {
  it("emails the candidate what changed with an updated invitation: same event, higher SEQUENCE, new LOCATION", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input, candidate } = await joinedPlan(db, admin, planInput({ format: "video", startsAtLocal: "2027-01-14T10:00", timeZone: "Europe/London" }));
    const to = input.meeting.candidateEmail;
    const [invitationEmail] = await emailsTo(db, to, "plan_invitation");
    const invited = invitationOf(invitationEmail);

    await edit(admin, planId, (m) => (m.location = NEW_LINK));
    const [linkEmail, ...others] = await updatesTo(db, to);
    expect(others).toEqual([]);
    expect(linkEmail).toMatchObject({
      kind: "meeting_details_changed",
      subject: "Meeting details changed for your second interview: Senior Product Designer at Lumen Health",
    });
    expect(linkEmail!.textBody).toContain("on Thu 14 Jan 2027, 10:00");
    expect(linkEmail!.textBody).toContain(`- Video link: https://meet.example.com/lumen-design → ${NEW_LINK}`);
    expect(linkEmail!.textBody).toContain(`/interviews/${planId}`);
    const updated = invitationOf(linkEmail);
    expect(updated).toMatchObject({ method: "REQUEST", uid: meetingUid(planId), status: "CONFIRMED", startsAt: invited.startsAt });
    expect(updated.uid).toBe(invited.uid);
    expect(updated.sequence).toBeGreaterThan(invited.sequence);
    expect(updated.event.location).toBe(NEW_LINK);

    // On site from now on, with new arrival notes: the format in the candidate's words, the address named as such.
    await edit(admin, planId, (m) => {
      m.format = "on_site";
      m.location = ADDRESS;
      m.joiningNotes = "Ask for Maya at reception.";
    });
    const [onSiteEmail] = await emailsTo(db, to, "meeting_details_changed");
    expect(onSiteEmail!.textBody).toContain("- Format: Video call → On site");
    expect(onSiteEmail!.textBody).toContain(`- Address: ${ADDRESS}`);
    expect(onSiteEmail!.textBody).toContain("- Arrival notes: “Join five minutes early; Maya will let you in.” → “Ask for Maya at reception.”");
    const onSite = invitationOf(onSiteEmail);
    expect(onSite.method).toBe("REQUEST");
    expect(onSite.uid).toBe(invited.uid);
    expect(onSite.sequence).toBeGreaterThan(updated.sequence);
    expect(onSite.event.location).toBe(ADDRESS);

    // The candidate's bell and both sides' timelines say it too.
    const notices = await notificationsAbout(candidate.caller, planId, "meeting_place_changed");
    expect(notices).toHaveLength(2);
    const [entry] = (await candidate.caller.timeline.list({ planId })).filter((e) => e.type === "meeting_place_changed");
    expect(describeEvent(entry!, { side: "candidate", timeZone: "Europe/London" })).toMatchObject({
      sentence: "Alex Admin (interviewing team) changed where and how to join the meeting",
      detail: expect.stringContaining("Format: Video call → On site · Address: "),
    });
    expect((await admin.caller.timeline.list({ planId })).filter((e) => e.type === "meeting_place_changed")).toHaveLength(2);
  });

  it("reaches a candidate invited but not joined yet", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await sharedPlan(db, admin);
    await edit(admin, planId, (m) => (m.joiningNotes = ""));
    const [email] = await emailsTo(db, input.meeting.candidateEmail, "meeting_details_changed");
    expect(email!.textBody).toContain("- Joining notes: “Join five minutes early; Maya will let you in.” → none");
    expect(invitationOf(email).method).toBe("REQUEST");
  });

  it("a new time and a new place in one save send one email, the new time's, naming the new place", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await joinedPlan(db, admin, planInput({ format: "video", startsAtLocal: "2027-01-14T10:00", timeZone: "Europe/London" }));
    await edit(admin, planId, (m) => {
      m.startsAtLocal = "2027-01-15T11:00";
      m.location = NEW_LINK;
    });
    const emails = await updatesTo(db, input.meeting.candidateEmail);
    expect(emails.map((e) => e.kind)).toEqual(["plan_rescheduled"]);
    expect(emails[0]!.textBody).toContain("has moved to Fri 15 Jan 2027, 11:00");
    expect(emails[0]!.textBody).toContain(`How to join has changed too:\n\n- Video link: https://meet.example.com/lumen-design → ${NEW_LINK}`);
    const moved = invitationOf(emails[0]);
    expect(moved).toMatchObject({ method: "REQUEST", startsAt: "2027-01-15T11:00:00.000Z" });
    expect(moved.event.location).toBe(NEW_LINK);
  });

  it("sends nothing for a draft, nor for an edit that leaves time and place alone", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const draft = planInput();
    const { id: draftId } = await admin.caller.plan.create(draft);
    await edit(admin, draftId, (m) => (m.location = NEW_LINK));
    expect(await emailsTo(db, draft.meeting.candidateEmail)).toEqual([]);

    const { planId, input } = await joinedPlan(db, admin);
    await edit(admin, planId, (m) => {
      m.roleTitle = "Principal Product Designer";
      m.agenda = ["Portfolio walk-through"];
      m.internalNote = "Ask about the notice period.";
    });
    expect(await updatesTo(db, input.meeting.candidateEmail)).toEqual([]);
  });

  it("while the candidate is to pick the time, says what changed without an invitation: there is no event yet", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await joinedPlan(db, admin, planInput({ timeZone: "Europe/London" }));
    const { version } = await admin.caller.plan.get({ planId });
    await admin.caller.scheduling.offer({ planId, expectedVersion: version, slots: futureSlots("Europe/London") });
    await edit(admin, planId, (m) => (m.location = NEW_LINK));
    const emails = await emailsTo(db, input.meeting.candidateEmail, "meeting_details_changed");
    expect(emails).toHaveLength(1);
    expect(emails[0]!.textBody).toContain(`- Video link: https://meet.example.com/lumen-design → ${NEW_LINK}`);
    expect(emails[0]!.textBody).toContain("Whichever time you pick");
    expect(emails[0]!.attachments.filter((a) => a.method)).toEqual([]);
  });

  it("respects a candidate who turned notification emails off: the app still tells them", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input, candidate } = await joinedPlan(db, admin);
    await candidate.caller.account.setNotificationEmails({ enabled: false });
    await edit(admin, planId, (m) => (m.location = NEW_LINK));
    expect(await updatesTo(db, input.meeting.candidateEmail)).toEqual([]);
    expect(await notificationsAbout(candidate.caller, planId, "meeting_place_changed")).toHaveLength(1);
  });
});
