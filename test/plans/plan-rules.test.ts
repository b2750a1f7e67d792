import { describe, expect, it } from "vitest";
import { uniqueEmail } from "@/db/seed/factories";
import { testDb } from "../db";
import { editableContent, joinedPlan, newOrg, planInput, sharedPlan } from "../plan-api";
import { failureOf } from "../trpc-errors";

describe("plan rules", () => {
  it("refuses to share a plan whose meeting time has passed, and it stays a draft", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id } = await admin.caller.plan.create(planInput({ startsAtLocal: "2025-01-10T10:00" }));
    const failure = await failureOf(admin.caller.plan.share({ planId: id }));
    expect(failure).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("meeting time has passed") });
    expect((await admin.caller.plan.get({ planId: id })).stage).toBe("draft");
  });

  it("keeps the candidate of a shared plan: a new email is refused at the field, with the way forward", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await sharedPlan(db, admin);
    const { content, version } = await editableContent(admin, planId);
    content.meeting.candidateEmail = uniqueEmail("someone-else");
    const failure = await failureOf(admin.caller.plan.update({ planId, expectedVersion: version, ...content }));
    expect(failure.code).toBe("PRECONDITION_FAILED");
    expect(failure.fieldErrors?.["meeting.candidateEmail"]?.[0]).toContain("duplicate the plan");
    expect((await admin.caller.plan.get({ planId })).candidateEmail).toBe(input.meeting.candidateEmail);
  });

  it("lets a draft's candidate email be corrected", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id } = await admin.caller.plan.create(planInput());
    const { content, version } = await editableContent(admin, id);
    const corrected = uniqueEmail("corrected");
    content.meeting.candidateEmail = corrected;
    await admin.caller.plan.update({ planId: id, expectedVersion: version, ...content });
    expect((await admin.caller.plan.get({ planId: id })).candidateEmail).toBe(corrected);
  });

  it("clears who flagged an item when the recruiter sets it back to agreed in the form", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const item = (await admin.caller.plan.get({ planId })).firstInterview[0]!;
    await candidate.caller.consistency.flag({ planId, itemId: item.id, comment: "Start date may move to March.", expectedVersion: 1 });
    const { content, version } = await editableContent(admin, planId);
    expect(content.firstInterview[0]).toMatchObject({ id: item.id, status: "to_revisit" });
    content.firstInterview[0]!.status = "agreed";
    await admin.caller.plan.update({ planId, expectedVersion: version, ...content });
    const seen = (await candidate.caller.interview.get({ planId })).firstInterview[0]!;
    expect(seen).toMatchObject({ status: "agreed", flaggedBySide: null, flaggedAt: null });
    expect(seen.comments.map((c) => c.text)).toEqual(["Start date may move to March."]);
  });

  it("refuses the same interviewer twice in one save, and nothing changes", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id } = await admin.caller.plan.create(planInput());
    const { content, version } = await editableContent(admin, id);
    content.interviewers[1]!.id = content.interviewers[0]!.id;
    content.interviewers[1]!.name = "Renamed";
    const failure = await failureOf(admin.caller.plan.update({ planId: id, expectedVersion: version, ...content }));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { interviewers: ["The same interviewer appears twice."] } });
    expect((await admin.caller.plan.get({ planId: id })).interviewers.map((p) => p.name)).toEqual(["Maya Chen", "Tom Okafor"]);
  });
});
