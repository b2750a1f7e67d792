import { describe, expect, it } from "vitest";
import { type PlanStage } from "@/db/schema";
import { planStages } from "@/server/rules/enums";
import { assertTransition } from "@/server/domain/plan-stages";
import { canTransition, effectiveStage } from "@/server/rules/stages";

/** Every allowed move, written out independently of the implementation's table. */
const allowed = new Set([
  "draft>shared",
  "draft>closed",
  "shared>draft",
  "shared>preparing",
  "shared>debrief",
  "shared>closed",
  "preparing>debrief",
  "preparing>closed",
  "debrief>next_steps_agreed",
  "debrief>closed",
  "next_steps_agreed>debrief",
  "next_steps_agreed>closed",
]);

describe("plan stage transitions", () => {
  for (const from of planStages)
    for (const to of planStages) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${from} → ${to} is ${ok ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to)).toBe(ok);
        if (ok) expect(() => assertTransition(from, to)).not.toThrow();
        else expect(() => assertTransition(from, to)).toThrow(/cannot go from/);
      });
    }

  it("a closed plan never moves again", () => {
    expect(planStages.filter((to) => canTransition("closed", to))).toEqual([]);
  });
});

describe("effective stage", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  const ended = new Date("2026-12-03T11:00:00Z");
  const later = new Date("2026-12-03T13:00:00Z");
  const cases: [PlanStage, Date, PlanStage][] = [
    ["shared", ended, "debrief"],
    ["preparing", ended, "debrief"],
    ["preparing", later, "preparing"],
    ["draft", ended, "draft"],
    ["next_steps_agreed", ended, "next_steps_agreed"],
    ["closed", ended, "closed"],
  ];
  for (const [stage, endsAt, expected] of cases)
    it(`a ${stage} plan whose meeting ${endsAt < now ? "has ended" : "is ahead"} reads as ${expected}`, () => {
      expect(effectiveStage({ stage, endsAt }, now)).toBe(expected);
    });
});
