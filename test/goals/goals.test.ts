import { describe, expect, it } from "vitest";
import { goals } from "@/db/schema";
import { UNSAVEABLE_CHARACTER_MESSAGE } from "@/server/api/fields";
import { GOAL_LIMITS, MAX_GOALS_PER_SIDE } from "@/server/rules/limits";
import { STALE_GOAL_MESSAGE } from "@/server/domain/goals";
import { testDb } from "../db";
import { joinedPlan, newOrg, recruiterOf } from "../plan-api";
import { failureOf } from "../trpc-errors";
import type { Caller } from "../users";

async function setUp() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const { planId, candidate } = await joinedPlan(db, admin);
  return { db, org, admin, planId, candidate };
}

const texts = async (caller: Caller, planId: string) =>
  (await caller.goal.list({ planId })).goals.map((g) => `${g.side}:${g.text}`);

describe("goals: each side owns its list", () => {
  it("each side adds its own goals and sees the other side's shared ones", async () => {
    const { admin, planId, candidate } = await setUp();
    await candidate.caller.goal.add({ planId, kind: "establish", text: "Who I would report to", priority: "must" });
    await candidate.caller.goal.add({ planId, kind: "must_know", text: "On-call expectations", detail: "Weekends?" });
    await admin.caller.goal.add({ planId, kind: "team_goal", text: "Leadership in ambiguity", priority: "nice" });
    await admin.caller.goal.add({ planId, kind: "challenge", text: "Depth on accessibility" });

    const mine = await candidate.caller.goal.list({ planId });
    expect(mine.mySide).toBe("candidate");
    expect(mine.goals.map((g) => [g.side, g.kind, g.text, g.detail, g.priority, g.visibility, g.position])).toEqual([
      ["candidate", "establish", "Who I would report to", "", "must", "shared", 1],
      ["candidate", "must_know", "On-call expectations", "Weekends?", "should", "shared", 2],
      ["organisation", "team_goal", "Leadership in ambiguity", "", "nice", "shared", 1],
      ["organisation", "challenge", "Depth on accessibility", "", "should", "shared", 2],
    ]);
    const theirs = await admin.caller.goal.list({ planId });
    expect(theirs.mySide).toBe("organisation");
    expect(theirs.goals.map((g) => g.id).sort()).toEqual(mine.goals.map((g) => g.id).sort());
  });

  it("the other side's goals are read-only: updating, removing or reordering them looks like they do not exist", async () => {
    const { admin, planId, candidate } = await setUp();
    const theirs = await candidate.caller.goal.add({ planId, kind: "doubt", text: "Is the team stable?" });
    const own = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Culture add" });
    const before = await candidate.caller.goal.list({ planId });

    const update = await failureOf(
      admin.caller.goal.update({ planId, goalId: theirs.id, expectedVersion: 1, kind: "team_goal", text: "Rewritten by the recruiter" }),
    );
    expect(update).toMatchObject({ code: "NOT_FOUND", message: "Goal not found." });
    // Even with the candidate's own kind, which the organisation may not use.
    expect(
      (await failureOf(admin.caller.goal.update({ planId, goalId: theirs.id, expectedVersion: 1, kind: "doubt", text: "x" }))).code,
    ).toBe("BAD_REQUEST");
    expect(await failureOf(admin.caller.goal.remove({ planId, goalId: theirs.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await failureOf(admin.caller.goal.reorder({ planId, orderedIds: [theirs.id, own.id] }))).code).toBe("CONFLICT");
    expect((await failureOf(candidate.caller.goal.remove({ planId, goalId: own.id }))).code).toBe("NOT_FOUND");

    expect(await candidate.caller.goal.list({ planId })).toEqual(before);
  });

  it("a private goal never appears on the other side; switching visibility takes effect at once", async () => {
    const { admin, planId, candidate } = await setUp();
    const secret = await candidate.caller.goal.add({ planId, kind: "doubt", text: "Worried about the commute", visibility: "private" });
    await admin.caller.goal.add({ planId, kind: "challenge", text: "Probe the gap year", visibility: "private" });
    const open = await candidate.caller.goal.add({ planId, kind: "learn", text: "Growth plans" });

    expect(await texts(admin.caller, planId)).toEqual(["candidate:Growth plans", "organisation:Probe the gap year"]);
    expect(await texts(candidate.caller, planId)).toEqual(["candidate:Worried about the commute", "candidate:Growth plans"]);

    const switched = await candidate.caller.goal.update({ planId, goalId: open.id, expectedVersion: 1, kind: "learn", text: "Growth plans", visibility: "private" });
    expect(switched.version).toBe(2);
    expect(await texts(admin.caller, planId)).toEqual(["organisation:Probe the gap year"]);

    await candidate.caller.goal.update({ planId, goalId: secret.id, expectedVersion: 1, kind: "doubt", text: "Commute is fine now", visibility: "shared" });
    expect(await texts(admin.caller, planId)).toEqual(["candidate:Commute is fine now", "organisation:Probe the gap year"]);
  });

  it("positions count only the goals the reader may see: no gap where the other side's private goals sit", async () => {
    const { admin, planId, candidate } = await setUp();
    for (const [text, visibility] of [
      ["Org private first", "private"],
      ["Org shared A", "shared"],
      ["Org private middle", "private"],
      ["Org private middle 2", "private"],
      ["Org shared B", "shared"],
      ["Org private last", "private"],
      ["Org shared C", "shared"],
    ] as const)
      await admin.caller.goal.add({ planId, kind: "team_goal", text, visibility });
    for (const [text, visibility] of [
      ["Cand shared A", "shared"],
      ["Cand private", "private"],
      ["Cand shared B", "shared"],
    ] as const)
      await candidate.caller.goal.add({ planId, kind: "learn", text, visibility });
    // A reorder puts a private goal between shared ones again.
    const own = (await admin.caller.goal.list({ planId })).goals.filter((g) => g.side === "organisation");
    await admin.caller.goal.reorder({ planId, orderedIds: [own[6]!.id, own[0]!.id, own[4]!.id, own[2]!.id, own[1]!.id, own[3]!.id, own[5]!.id] });

    const positions = async (caller: Caller) =>
      (await caller.goal.list({ planId })).goals.map((g) => `${g.side}:${g.position}:${g.text}`);
    expect(await positions(candidate.caller)).toEqual([
      "candidate:1:Cand shared A",
      "candidate:2:Cand private",
      "candidate:3:Cand shared B",
      "organisation:1:Org shared C",
      "organisation:2:Org shared B",
      "organisation:3:Org shared A",
    ]);
    expect(await positions(admin.caller)).toEqual([
      "candidate:1:Cand shared A",
      "candidate:2:Cand shared B",
      "organisation:1:Org shared C",
      "organisation:2:Org private first",
      "organisation:3:Org shared B",
      "organisation:4:Org private middle",
      "organisation:5:Org shared A",
      "organisation:6:Org private middle 2",
      "organisation:7:Org private last",
    ]);
  });

  it("refuses a kind of the other side, on 'kind'", async () => {
    const { admin, planId, candidate } = await setUp();
    const expected = { code: "BAD_REQUEST", message: "That kind of goal belongs to the other side.", fieldErrors: { kind: ["That kind of goal belongs to the other side."] } };
    expect(await failureOf(candidate.caller.goal.add({ planId, kind: "team_goal", text: "x" }))).toEqual(expected);
    expect(await failureOf(admin.caller.goal.add({ planId, kind: "must_know", text: "x" }))).toEqual(expected);
    const own = await candidate.caller.goal.add({ planId, kind: "learn", text: "y" });
    expect(await failureOf(candidate.caller.goal.update({ planId, goalId: own.id, expectedVersion: 1, kind: "challenge", text: "y" }))).toEqual(expected);
    expect((await failureOf(candidate.caller.goal.add({ planId, kind: "wish" as "learn", text: "x" }))).fieldErrors).toEqual({
      kind: ["Choose what kind of goal this is."],
    });
    expect((await candidate.caller.goal.list({ planId })).goals.map((g) => g.text)).toEqual(["y"]);
  });

  it("any recruiter of the organisation edits its goals, and the list shows who edited last", async () => {
    const { db, org, admin, planId, candidate } = await setUp();
    const colleague = await recruiterOf(db, org.id, "recruiter", "Casey Colleague");
    const goal = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Ownership" });
    const byName = async () => (await candidate.caller.goal.list({ planId })).goals.find((g) => g.id === goal.id)?.lastEditedByName;
    expect(await byName()).toBe("Alex Admin");

    await colleague.caller.goal.update({ planId, goalId: goal.id, expectedVersion: 1, kind: "team_goal", text: "Ownership, with examples" });
    const goals = (await admin.caller.goal.list({ planId })).goals;
    expect(goals.map((g) => [g.text, g.version, g.lastEditedByName])).toEqual([["Ownership, with examples", 2, "Casey Colleague"]]);
    expect(await byName()).toBe("Casey Colleague");
    await colleague.caller.goal.remove({ planId, goalId: goal.id });
    expect((await admin.caller.goal.list({ planId })).goals).toEqual([]);
  });

  it("refuses an edit from a stale version with CONFLICT and keeps the newer text", async () => {
    const { db, org, admin, planId } = await setUp();
    const colleague = await recruiterOf(db, org.id);
    const goal = await admin.caller.goal.add({ planId, kind: "challenge", text: "Original" });
    await colleague.caller.goal.update({ planId, goalId: goal.id, expectedVersion: 1, kind: "challenge", text: "Colleague's version" });
    const failure = await failureOf(admin.caller.goal.update({ planId, goalId: goal.id, expectedVersion: 1, kind: "challenge", text: "Mine" }));
    expect(failure).toMatchObject({ code: "CONFLICT", message: STALE_GOAL_MESSAGE });
    expect((await admin.caller.goal.list({ planId })).goals.map((g) => [g.text, g.version])).toEqual([["Colleague's version", 2]]);
  });

  it(`keeps at most ${MAX_GOALS_PER_SIDE} goals per side, with a clear message`, async () => {
    const { db, admin, planId, candidate } = await setUp();
    // The first 50 straight into the table; the limit is what is tested.
    await db.insert(goals).values(
      Array.from({ length: MAX_GOALS_PER_SIDE }, (_, i) => ({ planId, side: "candidate" as const, kind: "learn" as const, text: `Goal ${i + 1}`, position: i + 1 })),
    );
    const failure = await failureOf(candidate.caller.goal.add({ planId, kind: "learn", text: "One too many" }));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", message: "A side can keep at most 50 goals on a plan. Remove one first." });
    expect((await candidate.caller.goal.list({ planId })).goals).toHaveLength(MAX_GOALS_PER_SIDE);
    // The limit is per side: the organisation can still add.
    await admin.caller.goal.add({ planId, kind: "team_goal", text: "Ours" });
    // Removing one makes room again.
    const first = (await candidate.caller.goal.list({ planId })).goals[0]!;
    await candidate.caller.goal.remove({ planId, goalId: first.id });
    await candidate.caller.goal.add({ planId, kind: "learn", text: "Now it fits" });
    const after = (await candidate.caller.goal.list({ planId })).goals.filter((g) => g.side === "candidate");
    expect(after).toHaveLength(MAX_GOALS_PER_SIDE);
    expect(after.at(-1)!.text).toBe("Now it fits");
  });

  it("bounds the text and the detail, and refuses what cannot be stored", async () => {
    const { planId, candidate } = await setUp();
    const add = (text: string, detail?: string) => failureOf(candidate.caller.goal.add({ planId, kind: "learn", text, detail }));
    expect((await add("   ")).fieldErrors).toEqual({ text: ["Enter the goal."] });
    expect((await add("x".repeat(GOAL_LIMITS.text + 1))).fieldErrors).toEqual({ text: [`Keep the goal under ${GOAL_LIMITS.text} characters.`] });
    expect((await add("ok", "d".repeat(GOAL_LIMITS.detail + 1))).fieldErrors).toEqual({ detail: [`Keep the detail under ${GOAL_LIMITS.detail} characters.`] });
    expect((await add("nul\u0000")).fieldErrors).toEqual({ text: [UNSAVEABLE_CHARACTER_MESSAGE] });
    expect((await add("ok", "nul\u0000")).fieldErrors).toEqual({ detail: [UNSAVEABLE_CHARACTER_MESSAGE] });
    expect((await candidate.caller.goal.list({ planId })).goals).toEqual([]);

    await candidate.caller.goal.add({ planId, kind: "learn", text: "t".repeat(GOAL_LIMITS.text), detail: "d".repeat(GOAL_LIMITS.detail) });
    const [goal] = (await candidate.caller.goal.list({ planId })).goals;
    expect([goal!.text.length, goal!.detail.length]).toEqual([GOAL_LIMITS.text, GOAL_LIMITS.detail]);
    const update = await failureOf(
      candidate.caller.goal.update({ planId, goalId: goal!.id, expectedVersion: 1, kind: "learn", text: "x".repeat(GOAL_LIMITS.text + 1) }),
    );
    expect(update.fieldErrors).toEqual({ text: [`Keep the goal under ${GOAL_LIMITS.text} characters.`] });
  });

  it("reorders a side's own goals", async () => {
    const { planId, candidate } = await setUp();
    const ids = [];
    for (const text of ["A", "B", "C"]) ids.push((await candidate.caller.goal.add({ planId, kind: "learn", text })).id);
    await candidate.caller.goal.reorder({ planId, orderedIds: [ids[2]!, ids[0]!, ids[1]!] });
    expect((await candidate.caller.goal.list({ planId })).goals.map((g) => [g.text, g.position])).toEqual([
      ["C", 1],
      ["A", 2],
      ["B", 3],
    ]);
  });
});
