import type { ActorName } from "../actors";
import type { ProcedurePath } from "../matrix-types";
import type { FuzzWorld } from "./world";

/**
 * Inputs that once answered 500, tried first on every run so that each fix
 * stays proven whatever the random search finds. Each is the smallest call
 * that reached the bug: valid in every field but the one that broke it.
 */
export const regressions: { [P in ProcedurePath]?: (w: FuzzWorld) => [ActorName, unknown][] } = {
  // An expected version past what an `integer` column holds: "value out of range for type integer".
  "goal.update": (w) => {
    const goal = w.goals.find((g) => g.planId === w.plans.preparing)!;
    return [["candidate", { planId: goal.planId, goalId: goal.id, expectedVersion: 2 ** 31, kind: "establish", text: "A goal" }]];
  },
  "debrief.markOutcome": (w) => {
    const goal = w.goals.find((g) => g.planId === w.plans.debrief)!;
    return [["candidate", { planId: goal.planId, goalId: goal.id, outcome: "partly", expectedVersion: 2 ** 31 }]];
  },
  // Half an emoji in text stored as jsonb (the agenda, a timeline entry): "Unicode low surrogate must follow a high surrogate".
  "plan.update": (w) => [["admin", { planId: w.plans.draft, expectedVersion: 1, ...w.draftContent, meeting: { ...w.draftContent.meeting, agenda: ["\ud83d"] } }]],
  "consistency.flag": (w) => [["candidate", { planId: w.items[0]!.planId, itemId: w.items[0]!.id, expectedVersion: 1, comment: "Start date \ud83d" }]],
  "nextStep.propose": (w) => [["recruiter", { planId: w.plans.debrief, description: "Call \udc00 references", owner: "recruiter" }]],
  // NUL in the dashboard search: "invalid byte sequence for encoding UTF8: 0x00".
  "plan.list": () => [["recruiter", { search: "a\u0000b" }]],
  // A cursor date beyond what timestamptz holds: "time zone displacement out of range".
  "timeline.list": (w) => [["candidate", { planId: w.plans.preparing, before: new Date(-8.64e15) }]],
};
