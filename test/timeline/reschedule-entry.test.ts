import { describe, expect, it } from "vitest";
import { describeEvent } from "@/components/timeline/describe-event";
import { testDb } from "../db";
import { editableContent, joinedPlan, newOrg, planInput } from "../plan-api";
import { notificationsAbout } from "../next-steps/fixtures";

describe("a new meeting time on the timeline", () => {
  it("stores the time before and after as instants with their zones; each reader reads it on their own clock", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin, planInput({ startsAtLocal: "2027-01-14T10:00", timeZone: "Europe/London" }));
    const { content, version } = await editableContent(admin, planId);
    content.meeting.startsAtLocal = "2027-01-15T09:30";
    content.meeting.timeZone = "America/New_York";
    await admin.caller.plan.update({ planId, expectedVersion: version, ...content });

    const [entry] = (await candidate.caller.timeline.list({ planId })).filter((e) => e.type === "plan_rescheduled");
    const duration = (content.meeting.durationMinutes ?? 60) * 60_000;
    const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes).toISOString();
    expect(entry!.data).toEqual({
      before: { startsAt: "2027-01-14T10:00:00.000Z", endsAt: at("2027-01-14T10:00:00.000Z", duration), timeZone: "Europe/London" },
      after: { startsAt: "2027-01-15T14:30:00.000Z", endsAt: at("2027-01-15T14:30:00.000Z", duration), timeZone: "America/New_York" },
    });
    expect(describeEvent(entry!, { side: "candidate", timeZone: "Europe/London" })).toMatchObject({
      sentence: expect.stringMatching(/moved the meeting to Fri 15 Jan 2027, 14:30–\d\d:\d\d \(your time\)$/),
      detail: expect.stringMatching(/^Was Thu 14 Jan 2027, 10:00–\d\d:\d\d · Time zone: Europe\/London → America\/New York$/),
    });

    // The candidate's bell says it on the meeting's own clock, named.
    const [notice] = await notificationsAbout(candidate.caller, planId, "plan_rescheduled");
    expect(notice!.message).toMatch(/moved to Fri 15 Jan 2027, 09:30–\d\d:\d\d \(America\/New York\)\.$/);
  });
});
