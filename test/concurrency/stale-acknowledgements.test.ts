import { describe, expect, it } from "vitest";
import { ALREADY_ACKNOWLEDGED_MESSAGE, STALE_NOTE_MESSAGE, STALE_UNACKNOWLEDGE_MESSAGE } from "@/server/domain/preparation";
import { testDb } from "../db";
import { joinedPlan, newOrg } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { exactlyOneWins } from "./race";

/**
 * No silent overwrite for the candidate's goal acknowledgements (preparation
 * step 5): two tabs that saw the same version and save at once end with
 * exactly one saved at the next version and the other refused with CONFLICT,
 * nothing of it written; an untick from a stale tab never deletes a newer note.
 */
async function acknowledgementSetUp() {
  const db = await testDb();
  const { admin } = await newOrg(db);
  const { planId, candidate } = await joinedPlan(db, admin);
  const goal = await admin.caller.goal.add({ planId, kind: "team_goal", text: "See a research plan" });
  const c = candidate.caller;
  const acknowledge = (acknowledged: boolean, note: string, expectedVersion: number | null) => () =>
    c.preparation.acknowledgeGoal({ planId, goalId: goal.id, acknowledged, note, expectedVersion });
  const stored = async () => (await c.preparation.get({ planId })).acknowledgements.map(({ goalId, note, version }) => ({ goalId, note, version }));
  return { goalId: goal.id, acknowledge, stored };
}

describe("a goal acknowledgement saved from two tabs at once: exactly one wins", () => {
  it("two ticks from tabs that saw it unticked: one creates it, the other is told", async () => {
    const { goalId, acknowledge, stored } = await acknowledgementSetUp();
    const race = await exactlyOneWins(acknowledge(true, "Ticked in tab A", null), acknowledge(true, "Ticked in tab B", null));
    expect(race.message).toBe(ALREADY_ACKNOWLEDGED_MESSAGE);
    expect(race.value).toEqual({ version: 1 });
    expect(await stored()).toEqual([{ goalId, note: ["Ticked in tab A", "Ticked in tab B"][race.winner], version: 1 }]);
  });

  it("two note saves at the same version: one saved at the next version, the other's text not written", async () => {
    const { goalId, acknowledge, stored } = await acknowledgementSetUp();
    await acknowledge(true, "", null)();
    const race = await exactlyOneWins(acknowledge(true, "Bring the clinic study.", 1), acknowledge(true, "Bring two studies.", 1));
    expect(race.message).toBe(STALE_NOTE_MESSAGE);
    expect(race.value).toEqual({ version: 2 });
    expect(await stored()).toEqual([{ goalId, note: ["Bring the clinic study.", "Bring two studies."][race.winner], version: 2 }]);
  });

  it("an untick and a note save at the same version: either the note is saved or the tick is gone, never both", async () => {
    const { goalId, acknowledge, stored } = await acknowledgementSetUp();
    await acknowledge(true, "", null)();
    const race = await exactlyOneWins(acknowledge(false, "", 1), acknowledge(true, "Bring the clinic study.", 1));
    expect(race.message).toBe([STALE_NOTE_MESSAGE, STALE_UNACKNOWLEDGE_MESSAGE][race.winner]);
    expect(await stored()).toEqual(race.winner === 0 ? [] : [{ goalId, note: "Bring the clinic study.", version: 2 }]);
  });
});

describe("a stale tab's acknowledgement is refused and changes nothing", () => {
  it("a tab that still shows the goal unticked cannot save over the note ticked meanwhile, nor untick it", async () => {
    const { goalId, acknowledge, stored } = await acknowledgementSetUp();
    await acknowledge(true, "Written in tab A", null)();
    for (const [acknowledged, message] of [
      [true, ALREADY_ACKNOWLEDGED_MESSAGE],
      [false, STALE_UNACKNOWLEDGE_MESSAGE],
    ] as const)
      expect(await failureOf(acknowledge(acknowledged, "From tab B", null)())).toMatchObject({ code: "CONFLICT", message });
    expect(await stored()).toEqual([{ goalId, note: "Written in tab A", version: 1 }]);
  });

  it("a tab that saw an older note cannot untick it: the newer note stays", async () => {
    const { goalId, acknowledge, stored } = await acknowledgementSetUp();
    await acknowledge(true, "", null)();
    await acknowledge(true, "Newer note from tab A", 1)();
    expect(await failureOf(acknowledge(false, "", 1)())).toMatchObject({ code: "CONFLICT", message: STALE_UNACKNOWLEDGE_MESSAGE });
    expect(await stored()).toEqual([{ goalId, note: "Newer note from tab A", version: 2 }]);
  });

  it("a tab that saw it ticked cannot save a note once another tab unticked it", async () => {
    const { acknowledge, stored } = await acknowledgementSetUp();
    await acknowledge(true, "", null)();
    await acknowledge(false, "", 1)();
    expect(await failureOf(acknowledge(true, "Late note", 1)())).toMatchObject({ code: "CONFLICT", message: STALE_NOTE_MESSAGE });
    expect(await stored()).toEqual([]);
  });
});
