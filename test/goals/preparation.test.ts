import { describe, expect, it } from "vitest";

import { ALREADY_ACKNOWLEDGED_MESSAGE, STALE_NOTE_MESSAGE, STALE_UNACKNOWLEDGE_MESSAGE } from "@/server/domain/preparation";
import { NOTE_LIMIT } from "@/server/rules/limits";
import { testDb } from "../db";
import { joinedPlan, newOrg } from "../plan-api";
import { failureOf } from "../trpc-errors";

async function setUp() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const { planId, candidate } = await joinedPlan(db, admin);
  const plan = await admin.caller.plan.get({ planId });
  return { db, org, admin, planId, candidate, plan };
}

describe("the candidate's preparation", () => {
  it("remembers steps done, and lets them be undone", async () => {
    const { planId, candidate } = await setUp();
    const c = candidate.caller;
    expect(await c.preparation.get({ planId })).toEqual({
      stepsDone: [],
      interviewerNotes: [],
      heldBackNote: "",
      heldBackNoteVersion: null,
      acknowledgements: [],
    });
    await c.preparation.setStep({ planId, step: 3, done: true });
    await c.preparation.setStep({ planId, step: 1, done: true });
    await c.preparation.setStep({ planId, step: 1, done: true });
    await c.preparation.setStep({ planId, step: 5, done: true });
    expect((await c.preparation.get({ planId })).stepsDone).toEqual([1, 3, 5]);
    await c.preparation.setStep({ planId, step: 3, done: false });
    await c.preparation.setStep({ planId, step: 2, done: false });
    expect((await c.preparation.get({ planId })).stepsDone).toEqual([1, 5]);
    expect((await failureOf(c.preparation.setStep({ planId, step: 6 as 5, done: true }))).code).toBe("BAD_REQUEST");
  });

  it("keeps one private note per interviewer and one plan-level note, each replaced when saved again from its version", async () => {
    const { admin, planId, candidate, plan } = await setUp();
    const c = candidate.caller;
    const [maya, tom] = plan.interviewers;
    await c.preparation.saveNote({ planId, interviewerId: maya!.id, text: "Ask Maya about research ops.", expectedVersion: null });
    await c.preparation.saveNote({ planId, interviewerId: tom!.id, text: "Tom: late design changes.", expectedVersion: null });
    expect(
      await c.preparation.saveNote({ planId, interviewerId: maya!.id, text: "Ask Maya about clinician research.", expectedVersion: 1 }),
    ).toEqual({ version: 2 });
    await c.preparation.saveNote({ planId, interviewerId: null, text: "Held back: I undersold my leadership.", expectedVersion: null });
    await c.preparation.saveNote({ planId, interviewerId: null, text: "Held back: I did not ask about budget.", expectedVersion: 1 });

    const preparation = await c.preparation.get({ planId });
    expect(preparation.interviewerNotes.sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { interviewerId: maya!.id, text: "Ask Maya about clinician research.", version: 2 },
      { interviewerId: tom!.id, text: "Tom: late design changes.", version: 1 },
    ]);
    expect(preparation.heldBackNote).toBe("Held back: I did not ask about budget.");
    expect(preparation.heldBackNoteVersion).toBe(2);

    // A save from a tab that still shows no note, or an older version, is refused and changes nothing.
    for (const expectedVersion of [null, 1])
      expect(await failureOf(c.preparation.saveNote({ planId, interviewerId: null, text: "From a stale tab", expectedVersion }))).toMatchObject({
        code: "CONFLICT",
        message: STALE_NOTE_MESSAGE,
      });

    // Another plan's interviewer is not one of this plan's.
    const other = await joinedPlan(await testDb(), admin);
    const foreign = (await admin.caller.plan.get({ planId: other.planId })).interviewers[0]!;
    expect(await failureOf(c.preparation.saveNote({ planId, interviewerId: foreign.id, text: "x", expectedVersion: null }))).toMatchObject({
      code: "NOT_FOUND",
      message: "Interviewer not found.",
    });
    const tooLong = await failureOf(c.preparation.saveNote({ planId, interviewerId: null, text: "n".repeat(NOTE_LIMIT + 1), expectedVersion: null }));
    expect(tooLong.fieldErrors).toEqual({ text: [`Keep the note under ${NOTE_LIMIT} characters.`] });
    expect((await c.preparation.get({ planId })).heldBackNote).toBe("Held back: I did not ask about budget.");
  });

  it("acknowledges only the organisation's shared goals", async () => {
    const { admin, planId, candidate } = await setUp();
    const c = candidate.caller;
    const shared = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Show a research plan" });
    const hidden = await admin.caller.goal.add({ planId, kind: "challenge", text: "Private challenge", visibility: "private" });
    const own = await c.goal.add({ planId, kind: "learn", text: "My own goal" });

    expect(
      await c.preparation.acknowledgeGoal({ planId, goalId: shared.id, acknowledged: true, note: "Bring the clinic study.", expectedVersion: null }),
    ).toEqual({ version: 1 });
    for (const goalId of [hidden.id, own.id])
      expect(await failureOf(c.preparation.acknowledgeGoal({ planId, goalId, acknowledged: true, note: "", expectedVersion: null }))).toMatchObject({
        code: "NOT_FOUND",
        message: "Goal not found.",
      });
    const { acknowledgements } = await c.preparation.get({ planId });
    expect(acknowledgements.map(({ goalId, note, version }) => ({ goalId, note, version }))).toEqual([
      { goalId: shared.id, note: "Bring the clinic study.", version: 1 },
    ]);

    expect(
      await c.preparation.acknowledgeGoal({ planId, goalId: shared.id, acknowledged: true, note: "Bring two studies.", expectedVersion: 1 }),
    ).toEqual({ version: 2 });
    expect((await c.preparation.get({ planId })).acknowledgements.map(({ note, version }) => ({ note, version }))).toEqual([
      { note: "Bring two studies.", version: 2 },
    ]);
    expect(await c.preparation.acknowledgeGoal({ planId, goalId: shared.id, acknowledged: false, note: "", expectedVersion: 2 })).toEqual({
      version: null,
    });
    expect((await c.preparation.get({ planId })).acknowledgements).toEqual([]);
    // Unticking what is not ticked changes nothing and is not an error.
    expect(await c.preparation.acknowledgeGoal({ planId, goalId: shared.id, acknowledged: false, note: "", expectedVersion: null })).toEqual({
      version: null,
    });
  });

  it("refuses a stale acknowledgement save or untick and changes nothing", async () => {
    const { admin, planId, candidate } = await setUp();
    const c = candidate.caller;
    const goal = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Show a research plan" });
    const acknowledge = (acknowledged: boolean, note: string, expectedVersion: number | null) =>
      c.preparation.acknowledgeGoal({ planId, goalId: goal.id, acknowledged, note, expectedVersion });
    await acknowledge(true, "", null);
    await acknowledge(true, "Bring the clinic study.", 1);
    const before = await c.preparation.get({ planId });

    for (const [acknowledged, expectedVersion, message] of [
      [true, null, ALREADY_ACKNOWLEDGED_MESSAGE],
      [true, 1, STALE_NOTE_MESSAGE],
      [false, null, STALE_UNACKNOWLEDGE_MESSAGE],
      [false, 1, STALE_UNACKNOWLEDGE_MESSAGE],
    ] as const)
      expect(await failureOf(acknowledge(acknowledged, "From a stale tab", expectedVersion))).toMatchObject({ code: "CONFLICT", message });
    expect(await c.preparation.get({ planId })).toEqual(before);

    expect(await failureOf(acknowledge(true, "x", 0))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { expectedVersion: ["Not a valid version: reload and try again."] },
    });
  });

  it("an acknowledged goal the organisation makes private drops out of the candidate's preparation", async () => {
    const { admin, planId, candidate } = await setUp();
    const goal = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Show a research plan" });
    await candidate.caller.preparation.acknowledgeGoal({ planId, goalId: goal.id, acknowledged: true, note: "ok", expectedVersion: null });
    await admin.caller.goal.update({ planId, goalId: goal.id, expectedVersion: 1, kind: "team_goal", text: "Now private", visibility: "private" });
    expect((await candidate.caller.preparation.get({ planId })).acknowledgements).toEqual([]);
    expect(JSON.stringify(await candidate.caller.goal.list({ planId }))).not.toContain("Now private");
  });

  it("the organisation sees counts only: steps done, shared goals, items to revisit", async () => {
    const { admin, planId, candidate, plan } = await setUp();
    const c = candidate.caller;
    for (const step of [1, 2, 3, 4] as const) await c.preparation.setStep({ planId, step, done: true });
    for (const text of ["Team", "Stack", "Roadmap", "Budget", "Travel", "Hours"]) await c.goal.add({ planId, kind: "learn", text });
    await c.goal.add({ planId, kind: "doubt", text: "Private doubt", visibility: "private" });
    await c.preparation.saveNote({ planId, interviewerId: plan.interviewers[0]!.id, text: "Note about Maya", expectedVersion: null });
    await c.preparation.saveNote({ planId, interviewerId: null, text: "What held me back", expectedVersion: null });
    await c.consistency.flag({ planId, itemId: plan.firstInterview[2]!.id, comment: "Package moved.", expectedVersion: 1 });

    const seen = await admin.caller.plan.get({ planId });
    expect(seen.preparation).toEqual({ stepsDone: 4, sharedGoals: 6, itemsToRevisit: 1 });
    const json = JSON.stringify(seen);
    for (const secret of ["Private doubt", "Note about Maya", "What held me back"]) expect(json).not.toContain(secret);
    // The preparation itself does not exist for the organisation.
    expect(await failureOf(admin.caller.preparation.get({ planId }))).toMatchObject({ code: "NOT_FOUND", message: "Preparation not found." });
    expect((await failureOf(admin.caller.preparation.setStep({ planId, step: 5, done: true }))).code).toBe("NOT_FOUND");
    expect((await admin.caller.plan.get({ planId })).preparation.stepsDone).toBe(4);
  });
});
