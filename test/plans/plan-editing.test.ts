import { describe, expect, it } from "vitest";
import { uniqueEmail } from "@/db/seed/factories";
import { STALE_VERSION_MESSAGE } from "@/server/domain/plans";
import { testDb } from "../db";
import { editableContent, joinedPlan, newOrg, planInput, recruiterOf, type PlanContentInput } from "../plan-api";
import { failureOf } from "../trpc-errors";

/** A plan as a recruiter types it in: a summer meeting in New York, three people, four first-interview items. */
function typedIn(): PlanContentInput {
  return {
    meeting: {
      roleTitle: "Staff Data Engineer",
      hiringCompany: "Harbor Freight Analytics",
      candidateName: "Priya Raman",
      candidateEmail: uniqueEmail("priya"),
      startsAtLocal: "2027-07-01T09:00",
      timeZone: "America/New_York",
      durationMinutes: 75,
      format: "on_site",
      location: "350 Fifth Avenue, 21st floor, New York",
      joiningNotes: "Ask for Dana at reception.",
      agenda: ["Coffee", "System design", "Meet the team"],
      internalNote: "Client prefers someone who can start in September.",
    },
    interviewers: [
      { name: "Dana Whitfield", jobTitle: "Director of Data", background: "Ex-Spotify.", wantsToEstablish: "Ownership.", profileUrl: "https://www.example.com/in/dana" },
      { name: "Luis Ortega", jobTitle: "Principal Engineer", background: "", wantsToEstablish: "Depth on streaming.", profileUrl: null },
      { name: "Amara Osei", jobTitle: "", background: "", wantsToEstablish: "", profileUrl: null },
    ],
    firstInterview: [
      { topic: "basic_skills", summary: "Strong SQL and Python.", status: "agreed" },
      { topic: "location", summary: "Three days a week in the office.", status: "to_revisit" },
      { topic: "package", summary: "$180k base discussed.", status: "agreed" },
      { topic: "start_date_and_hours", summary: "September start.", status: "agreed" },
    ],
  };
}

describe("creating and reading a plan", () => {
  it("returns every field as entered, the start time on the plan's own clock", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = typedIn();
    const { id } = await admin.caller.plan.create(input);
    const plan = await admin.caller.plan.get({ planId: id });

    expect(plan).toMatchObject({
      id,
      version: 1,
      stage: "draft",
      candidateJoined: false,
      cancelledAt: null,
      invitation: null,
      preparation: { stepsDone: 0, sharedGoals: 0, itemsToRevisit: 1 },
      ...input.meeting,
    });
    // 09:00 in New York in July is 13:00 UTC; the form gets 09:00 back, not the UTC reading.
    expect(plan.startsAtLocal).toBe("2027-07-01T09:00");
    expect(plan.startsAt.toISOString()).toBe("2027-07-01T13:00:00.000Z");
    expect(plan.endsAt.toISOString()).toBe("2027-07-01T14:15:00.000Z");
    expect(plan.interviewers.map(({ id: _id, version: _version, ...rest }) => rest)).toEqual(input.interviewers);
    expect(plan.interviewers.map((p) => p.version)).toEqual([1, 1, 1]);
    expect(plan.firstInterview.map(({ topic, summary, status }) => ({ topic, summary, status }))).toEqual(input.firstInterview);
    expect(plan.firstInterview.every((i) => i.comments.length === 0)).toBe(true);
  });

  it("stores the candidate's email in lower case and trims text", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = typedIn();
    const email = uniqueEmail("Mixed.Case");
    input.meeting.candidateEmail = `  ${email.toUpperCase()} `;
    input.meeting.roleTitle = "   Staff Data Engineer  ";
    const { id } = await admin.caller.plan.create(input);
    const plan = await admin.caller.plan.get({ planId: id });
    expect(plan.candidateEmail).toBe(email.toLowerCase());
    expect(plan.roleTitle).toBe("Staff Data Engineer");
  });
});

describe("editing a plan", () => {
  it("saves a new version and bumps the version number", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id } = await admin.caller.plan.create(typedIn());
    const { content } = await editableContent(admin, id);
    content.meeting.roleTitle = "Principal Data Engineer";
    content.meeting.durationMinutes = 120;

    const saved = await admin.caller.plan.update({ planId: id, expectedVersion: 1, ...content });
    expect(saved).toEqual({ id, version: 2, rescheduled: true });
    const plan = await admin.caller.plan.get({ planId: id });
    expect(plan.version).toBe(2);
    expect(plan.roleTitle).toBe("Principal Data Engineer");
    expect(plan.endsAt.getTime() - plan.startsAt.getTime()).toBe(120 * 60_000);
  });

  it("refuses a save from a stale version with the 'someone else changed this plan' message, and changes nothing", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const colleague = await recruiterOf(db, org.id);
    const { id } = await admin.caller.plan.create(typedIn());
    // Both open the edit form at version 1; the colleague saves first.
    const mine = await editableContent(admin, id);
    const theirs = await editableContent(colleague, id);
    theirs.content.meeting.roleTitle = "Their title";
    await colleague.caller.plan.update({ planId: id, expectedVersion: theirs.version, ...theirs.content });
    const before = await admin.caller.plan.get({ planId: id });

    mine.content.meeting.roleTitle = "My title";
    mine.content.interviewers.pop();
    const failure = await failureOf(admin.caller.plan.update({ planId: id, expectedVersion: mine.version, ...mine.content }));
    expect(failure).toMatchObject({ code: "CONFLICT", message: STALE_VERSION_MESSAGE });
    expect(failure.message).toMatch(/^Someone else changed this plan/);
    expect(await admin.caller.plan.get({ planId: id })).toEqual(before);
  });

  it("keeps interviewers and items whose ids are sent (with what is attached to them) and deletes those left out", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin, typedIn());
    const before = await admin.caller.plan.get({ planId });
    const [, luis, amara] = before.interviewers;
    await candidate.caller.preparation.saveNote({ planId, interviewerId: luis!.id, text: "Ask Luis about Kafka.", expectedVersion: null });
    await candidate.caller.preparation.saveNote({ planId, interviewerId: amara!.id, text: "Amara: read her blog.", expectedVersion: null });
    await candidate.caller.consistency.flag({ planId, itemId: before.firstInterview[2]!.id, comment: "Is the base negotiable?", expectedVersion: 1 });
    // The recruiter opens the edit form after the flag (an older form would be refused, see above).
    const { plan, content, version } = await editableContent(admin, planId);
    const dana = plan.interviewers[0];

    // Luis moves first and gets a new title; Amara and the first item are removed; a new person joins.
    const [luisRow, danaRow] = [content.interviewers[1]!, content.interviewers[0]!];
    const newPerson = { name: "Kim Park", jobTitle: "Recruiter", background: "", wantsToEstablish: "", profileUrl: null };
    content.interviewers = [{ ...luisRow, jobTitle: "Distinguished Engineer" }, danaRow, newPerson];
    content.firstInterview = content.firstInterview.slice(1);
    await admin.caller.plan.update({ planId, expectedVersion: version, ...content });

    const after = await admin.caller.plan.get({ planId });
    expect(after.interviewers.map((p) => [p.id, p.name, p.jobTitle])).toEqual([
      [luis!.id, "Luis Ortega", "Distinguished Engineer"],
      [dana!.id, "Dana Whitfield", "Director of Data"],
      [expect.any(String), "Kim Park", "Recruiter"],
    ]);
    expect(after.interviewers.map((p) => p.id)).not.toContain(amara!.id);
    expect(after.firstInterview.map((i) => i.id)).toEqual(plan.firstInterview.slice(1).map((i) => i.id));
    // The flag and its discussion stay on the kept item.
    expect(after.firstInterview[1]).toMatchObject({ status: "to_revisit", flaggedBySide: "candidate" });
    expect(after.firstInterview[1]!.comments.map((c) => c.text)).toEqual(["Is the base negotiable?"]);

    // The candidate's note on Luis survives; the note on the removed interviewer went with her.
    const preparation = await candidate.caller.preparation.get({ planId });
    expect(preparation.interviewerNotes).toEqual([{ interviewerId: luis!.id, text: "Ask Luis about Kafka.", version: 1 }]);
  });

  it("treats an id from another plan as a new row, leaving the other plan untouched", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id: mineId } = await admin.caller.plan.create(planInput());
    const { id: otherId } = await admin.caller.plan.create(planInput());
    const other = await admin.caller.plan.get({ planId: otherId });
    const { content } = await editableContent(admin, mineId);
    content.interviewers = [{ ...content.interviewers[0]!, id: other.interviewers[0]!.id, name: "Hijacked" }];
    await admin.caller.plan.update({ planId: mineId, expectedVersion: 1, ...content });

    const mine = await admin.caller.plan.get({ planId: mineId });
    expect(mine.interviewers.map((p) => p.name)).toEqual(["Hijacked"]);
    expect(mine.interviewers[0]!.id).not.toBe(other.interviewers[0]!.id);
    expect(await admin.caller.plan.get({ planId: otherId })).toEqual(other);
  });

  it("lets any recruiter of the organisation edit, and nobody from elsewhere", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const colleague = await recruiterOf(db, org.id, "recruiter");
    const outsider = (await newOrg(db)).admin;
    const { id } = await admin.caller.plan.create(planInput());
    const { content } = await editableContent(admin, id);
    content.meeting.roleTitle = "Edited by a colleague";
    await colleague.caller.plan.update({ planId: id, expectedVersion: 1, ...content });
    expect((await failureOf(outsider.caller.plan.update({ planId: id, expectedVersion: 2, ...content }))).code).toBe("NOT_FOUND");
    expect((await failureOf(outsider.caller.plan.get({ planId: id }))).code).toBe("NOT_FOUND");
    expect((await admin.caller.plan.get({ planId: id })).roleTitle).toBe("Edited by a colleague");
  });
});
