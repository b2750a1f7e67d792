import { randomUUID } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { MAX_GOALS_PER_SIDE } from "@/server/rules/limits";
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

async function ownGoals(caller: Caller, planId: string) {
  const { mySide, goals } = await caller.goal.list({ planId });
  return goals.filter((g) => g.side === mySide);
}

/** Distinct positions, and the ids exactly as expected. */
async function expectIntact(caller: Caller, planId: string, expectedIds: Set<string>) {
  const goals = await ownGoals(caller, planId);
  expect(new Set(goals.map((g) => g.id))).toEqual(expectedIds);
  expect(goals).toHaveLength(expectedIds.size);
  expect(new Set(goals.map((g) => g.position)).size).toBe(goals.length);
}

describe("goals under concurrent edits", () => {
  it("20 goals added at once get 20 distinct positions, 1 to 20", async () => {
    const { planId, candidate } = await setUp();
    const added = await Promise.all(
      Array.from({ length: 20 }, (_, i) => candidate.caller.goal.add({ planId, kind: "learn", text: `Concurrent ${i}` })),
    );
    const goals = await ownGoals(candidate.caller, planId);
    expect(goals).toHaveLength(20);
    expect(new Set(goals.map((g) => g.id))).toEqual(new Set(added.map((g) => g.id)));
    expect(goals.map((g) => g.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("two recruiters adding at once past the limit never get more than 50 goals", async () => {
    const { db, org, admin, planId } = await setUp();
    const colleague = await recruiterOf(db, org.id);
    const results = await Promise.allSettled(
      Array.from({ length: MAX_GOALS_PER_SIDE + 6 }, (_, i) =>
        (i % 2 ? colleague : admin).caller.goal.add({ planId, kind: "team_goal", text: `Goal ${i}` }),
      ),
    );
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(6);
    for (const r of refused) expect((r.reason as TRPCError).code).toBe("BAD_REQUEST");
    const goals = await ownGoals(admin.caller, planId);
    expect(goals).toHaveLength(MAX_GOALS_PER_SIDE);
    expect(new Set(goals.map((g) => g.position)).size).toBe(MAX_GOALS_PER_SIDE);
  });

  it("a reorder racing with adds and removes never loses or duplicates a goal", async () => {
    const { planId, candidate } = await setUp();
    const c = candidate.caller;
    const expected = new Set<string>();
    for (let i = 0; i < 8; i++) expected.add((await c.goal.add({ planId, kind: "learn", text: `Start ${i}` })).id);

    for (let round = 0; round < 5; round++) {
      const current = (await ownGoals(c, planId)).map((g) => g.id);
      const [removeA, removeB] = [current[round % current.length]!, current[(round + 3) % current.length]!];
      const results = await Promise.allSettled([
        c.goal.reorder({ planId, orderedIds: [...current].reverse() }),
        c.goal.add({ planId, kind: "doubt", text: `Round ${round} a` }),
        c.goal.remove({ planId, goalId: removeA }),
        c.goal.reorder({ planId, orderedIds: current }),
        c.goal.add({ planId, kind: "must_know", text: `Round ${round} b` }),
        c.goal.remove({ planId, goalId: removeB }),
      ]);
      // Adds and removes always succeed; a reorder either succeeds or is refused as stale.
      for (const index of [1, 2, 4, 5]) expect(results[index]!.status).toBe("fulfilled");
      for (const index of [0, 3]) {
        const r = results[index]!;
        if (r.status === "rejected") expect((r.reason as TRPCError).code).toBe("CONFLICT");
      }
      expected.delete(removeA);
      expected.delete(removeB);
      for (const index of [1, 4]) expected.add((results[index] as PromiseFulfilledResult<{ id: string }>).value.id);
      await expectIntact(c, planId, expected);
    }
  });

  it("recruiters reordering and adding at once on the organisation side keep every goal", async () => {
    const { db, org, admin, planId } = await setUp();
    const colleague = await recruiterOf(db, org.id);
    const expected = new Set<string>();
    for (let i = 0; i < 5; i++) expected.add((await admin.caller.goal.add({ planId, kind: "challenge", text: `Ours ${i}` })).id);
    const current = (await ownGoals(admin.caller, planId)).map((g) => g.id);
    const [reorder, add] = await Promise.allSettled([
      admin.caller.goal.reorder({ planId, orderedIds: [...current].reverse() }),
      colleague.caller.goal.add({ planId, kind: "team_goal", text: "Added meanwhile" }),
    ]);
    if (reorder.status === "rejected") expect((reorder.reason as TRPCError).code).toBe("CONFLICT");
    expect(add.status).toBe("fulfilled");
    expected.add((add as PromiseFulfilledResult<{ id: string }>).value.id);
    await expectIntact(admin.caller, planId, expected);
  });

  it("refuses a reorder whose list does not match the current goals, and keeps the order", async () => {
    const { admin, planId, candidate } = await setUp();
    const c = candidate.caller;
    const ids: string[] = [];
    for (const text of ["A", "B", "C"]) ids.push((await c.goal.add({ planId, kind: "learn", text })).id);
    const theirs = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Theirs" });
    const before = await ownGoals(c, planId);
    const message = "The list of goals changed meanwhile. Reload and reorder again.";

    for (const orderedIds of [
      [ids[0]!, ids[1]!], // one missing
      [...ids, randomUUID()], // one unknown
      [ids[0]!, ids[0]!, ids[1]!], // a duplicate in place of one
      [ids[0]!, ids[1]!, ids[2]!, ids[2]!], // a duplicate on top
      [ids[0]!, ids[1]!, theirs.id], // the other side's goal
      [],
    ])
      expect(await failureOf(c.goal.reorder({ planId, orderedIds }))).toMatchObject({ code: "CONFLICT", message });
    expect(await ownGoals(c, planId)).toEqual(before);
  });
});
