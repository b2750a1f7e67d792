import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { plans } from "@/db/schema";
import { BROKEN_CHARACTER_MESSAGE, UNSAVEABLE_CHARACTER_MESSAGE } from "@/server/api/fields";

import { MAX_CANDIDATE_PLANS_LISTED } from "@/server/rules/limits";
import { testDb } from "../db";
import { joinedPlan, newOrg, planInput } from "../plan-api";
import { failureOf } from "../trpc-errors";

/**
 * What the fuzzer found, as a person would meet it: a clear message next to
 * the field instead of "Something went wrong".
 */
describe("inputs past what the database holds are refused with a message", () => {
  it("a version above what an integer column holds", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const { id: goalId } = await candidate.caller.goal.add({ planId, kind: "establish", text: "Meet the team" });
    const failure = await failureOf(
      candidate.caller.goal.update({ planId, goalId, expectedVersion: 2 ** 31, kind: "establish", text: "Meet the team" }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fieldErrors?.expectedVersion).toEqual(["Not a valid version: reload and try again."]);
    const cancel = await failureOf(admin.caller.plan.cancel({ planId, expectedVersion: 2 ** 53 }));
    expect(cancel.fieldErrors?.expectedVersion).toContain("Not a valid version: reload and try again.");
    expect((await admin.caller.plan.get({ planId })).cancelledAt).toBeNull();
  });

  it("half an emoji in text stored as JSON (an agenda item, a step, a comment)", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    input.meeting.agenda = ["Welcome", "Portfolio \ud83d"];
    const failure = await failureOf(admin.caller.plan.create(input));
    expect(failure.fieldErrors).toEqual({ "meeting.agenda.1": [BROKEN_CHARACTER_MESSAGE] });

    const { planId, candidate } = await joinedPlan(db, admin);
    const itemId = (await candidate.caller.interview.get({ planId })).firstInterview[0]!.id;
    const flag = await failureOf(candidate.caller.consistency.flag({ planId, itemId, comment: "\udc00 later", expectedVersion: 1 }));
    expect(flag.fieldErrors).toEqual({ comment: [BROKEN_CHARACTER_MESSAGE] });
  });

  it("an emoji that is whole is kept", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    input.meeting.agenda = ["Coffee ☕ and 😀"];
    const { id } = await admin.caller.plan.create(input);
    expect((await admin.caller.plan.get({ planId: id })).agenda).toEqual(["Coffee ☕ and 😀"]);
  });

  it("NUL in the dashboard search", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const failure = await failureOf(admin.caller.plan.list({ search: "Jordan\u0000" }));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { search: [UNSAVEABLE_CHARACTER_MESSAGE] } });
    // LIKE's own special characters are searched for literally, never a server error.
    expect((await admin.caller.plan.list({ search: "100%_\\" })).items).toEqual([]);
  });

  it("a timeline cursor beyond what a timestamp holds", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId } = await joinedPlan(db, admin);
    const failure = await failureOf(admin.caller.timeline.list({ planId, before: new Date(-8.64e15) }));
    expect(failure.fieldErrors).toEqual({ before: ["Not a valid date."] });
  });
});

describe("a candidate's list of interviews", () => {
  it(`shows the ${MAX_CANDIDATE_PLANS_LISTED} latest, in meeting order`, async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
    const { id: _id, ...copy } = plan!;
    const day = 86_400_000;
    await db.insert(plans).values(
      Array.from({ length: MAX_CANDIDATE_PLANS_LISTED }, (_, i) => ({
        ...copy,
        startsAt: new Date(plan!.startsAt.getTime() + (i + 1) * day),
        endsAt: new Date(plan!.endsAt.getTime() + (i + 1) * day),
      })),
    );
    const listed = await candidate.caller.interview.list();
    expect(listed).toHaveLength(MAX_CANDIDATE_PLANS_LISTED);
    expect(listed.map((p) => p.id)).not.toContain(planId);
    const times = listed.map((p) => p.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
