import { describe, expect, it } from "vitest";
import { PLAN_CLOSED_MESSAGE } from "@/server/domain/plan-writable";
import { testDb } from "../db";
import { editableContent, joinedPlan, newOrg } from "../plan-api";
import { failureOf } from "../trpc-errors";

describe("a cancelled plan", () => {
  it("refuses every write to goals, preparation and checks, and still reads as it was", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const c = candidate.caller;
    const plan = await admin.caller.plan.get({ planId });
    const mine = await c.goal.add({ planId, kind: "learn", text: "Team rituals", visibility: "private" });
    const ours = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Leadership" });
    await c.preparation.setStep({ planId, step: 1, done: true });
    await c.preparation.saveNote({ planId, interviewerId: plan.interviewers[0]!.id, text: "Maya note", expectedVersion: null });
    await c.preparation.acknowledgeGoal({ planId, goalId: ours.id, acknowledged: true, note: "Will prepare", expectedVersion: null });
    await c.consistency.flag({ planId, itemId: plan.firstInterview[0]!.id, comment: "Flagged before the cancel", expectedVersion: 1 });

    const before = {
      candidateGoals: await c.goal.list({ planId }),
      orgGoals: await admin.caller.goal.list({ planId }),
      preparation: await c.preparation.get({ planId }),
    };
    await admin.caller.plan.cancel({ planId, expectedVersion: (await editableContent(admin, planId)).version });

    const item = plan.firstInterview[0]!.id;
    const writes: [string, () => Promise<unknown>][] = [
      ["candidate goal.add", () => c.goal.add({ planId, kind: "learn", text: "New" })],
      ["candidate goal.update", () => c.goal.update({ planId, goalId: mine.id, expectedVersion: 1, kind: "learn", text: "Changed" })],
      ["candidate goal.remove", () => c.goal.remove({ planId, goalId: mine.id })],
      ["candidate goal.reorder", () => c.goal.reorder({ planId, orderedIds: [mine.id] })],
      ["recruiter goal.add", () => admin.caller.goal.add({ planId, kind: "team_goal", text: "New" })],
      ["recruiter goal.update", () => admin.caller.goal.update({ planId, goalId: ours.id, expectedVersion: 1, kind: "team_goal", text: "Changed" })],
      ["recruiter goal.remove", () => admin.caller.goal.remove({ planId, goalId: ours.id })],
      ["preparation.setStep", () => c.preparation.setStep({ planId, step: 2, done: true })],
      ["preparation.saveNote", () => c.preparation.saveNote({ planId, interviewerId: null, text: "Late note", expectedVersion: null })],
      ["preparation.acknowledgeGoal", () => c.preparation.acknowledgeGoal({ planId, goalId: ours.id, acknowledged: false, note: "", expectedVersion: 1 })],
      ["candidate consistency.flag", () => c.consistency.flag({ planId, itemId: plan.firstInterview[1]!.id, comment: "Too late", expectedVersion: 1 })],
      ["recruiter consistency.reply", () => admin.caller.consistency.reply({ planId, itemId: item, text: "Too late" })],
      // The item was flagged once: version 2 is what the page shows.
      ["candidate consistency.markAgreed", () => c.consistency.markAgreed({ planId, itemId: item, expectedVersion: 2 })],
    ];
    const outcomes: Record<string, { code: string; message: string }> = {};
    for (const [name, call] of writes) {
      const { code, message } = await failureOf(call());
      outcomes[name] = { code, message };
    }
    // One wording for every kind of write.
    const closed = { code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE };
    expect(outcomes).toEqual(Object.fromEntries(writes.map(([name]) => [name, closed])));

    // The same goals, each now saying nothing can be done with it.
    type GoalList = typeof before.orgGoals;
    const readOnly = (list: GoalList): GoalList => ({
      ...list,
      canAdd: false,
      goals: list.goals.map((g) => ({ ...g, canEdit: false, canMarkOutcome: false })),
    });
    expect(await c.goal.list({ planId })).toEqual(readOnly(before.candidateGoals));
    expect(await admin.caller.goal.list({ planId })).toEqual(readOnly(before.orgGoals));
    expect(await c.preparation.get({ planId })).toEqual(before.preparation);
    const view = await c.interview.get({ planId });
    expect(view.stage).toBe("closed");
    expect(view.firstInterview[0]!.comments.map((x) => x.text)).toEqual(["Flagged before the cancel"]);
  });
});
