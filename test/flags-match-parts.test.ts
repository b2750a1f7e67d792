import { describe, expect, it } from "vitest";
import type { inferRouterOutputs } from "@trpc/server";
import { itemComments } from "@/db/schema";
import type { AppRouter } from "@/server/api/root";
import { MAX_COMMENTS_PER_ITEM } from "@/server/rules/limits";
import { confirmedBy, stepDropModes } from "@/server/rules/step-rules";
import { testDb } from "./db";
import { buildWorld, settle, stepVersion, type World, type WorldStage } from "./flag-worlds";
import type { Caller } from "./users";

/**
 * Each step's, goal's and first-interview item's flags held against the
 * procedure they stand for, called for real on a copy of the same plan, by
 * each side: flag true ⇔ the call succeeds, false ⇔ a 4xx refusal.
 */
type Outputs = inferRouterOutputs<AppRouter>;
type Step = Outputs["nextStep"]["list"]["steps"][number];
type Goal = Outputs["goal"]["list"]["goals"][number];
type Item = Outputs["plan"]["get"]["firstInterview"][number];
type Side = "organisation" | "candidate";

const sides: Side[] = ["organisation", "candidate"];
/** The organisation's side is read and acted for by a recruiter (the admin set the plan up). */
const callerOf = (w: World, side: Side): Caller => (side === "candidate" ? w.candidate : w.recruiter);

/** Steps in every confirmation and drop state, proposed and answered through the router as both sides would. */
async function stepsInEveryState(w: World) {
  const { planId, admin: o, candidate: c } = w;
  const confirm = async (caller: Caller, stepId: string) =>
    caller.nextStep.confirm({ planId, stepId, expectedVersion: await stepVersion(w, stepId) });
  const propose = async (caller: Caller, owner: "recruiter" | "candidate" | "hiring_company", description: string) =>
    (await caller.nextStep.propose({ planId, description, owner })).id;
  await propose(o, "recruiter", "Awaiting the candidate");
  await propose(c, "candidate", "Awaiting the organisation");
  await confirm(c, await propose(o, "recruiter", "Agreed, the recruiter's"));
  await confirm(o, await propose(c, "candidate", "Agreed, the candidate's"));
  const orgAsksDrop = await propose(o, "hiring_company", "The organisation asks to drop it");
  await confirm(c, orgAsksDrop);
  await o.nextStep.drop({ planId, stepId: orgAsksDrop });
  const candidateAsksDrop = await propose(c, "candidate", "The candidate asks to drop it");
  await confirm(o, candidateAsksDrop);
  await c.nextStep.drop({ planId, stepId: candidateAsksDrop });
  const done = await propose(o, "recruiter", "Done");
  await confirm(c, done);
  await o.nextStep.markDone({ planId, stepId: done });
  await o.nextStep.drop({ planId, stepId: await propose(o, "recruiter", "Withdrawn at once") });
  const reworded = await propose(o, "recruiter", "Agreed once, reworded since");
  await confirm(c, reworded);
  await c.nextStep.edit({ planId, stepId: reworded, expectedVersion: await stepVersion(w, reworded), description: "Reworded", owner: "recruiter", dueOn: null });
}

const stepChecks: Record<string, { flag: (s: Step) => boolean; call: (c: Caller, planId: string, s: Step) => Promise<unknown> }> = {
  confirm: { flag: (s) => s.canConfirm, call: (c, planId, s) => c.nextStep.confirm({ planId, stepId: s.id, expectedVersion: s.version }) },
  edit: {
    flag: (s) => s.canEdit,
    call: async (c, planId, s) => {
      const saved = await c.nextStep.edit({ planId, stepId: s.id, expectedVersion: s.version, description: `${s.description}, by Friday`, owner: s.owner, dueOn: null });
      // The editor's warning (editWithdraws) names exactly what the save then did to the other side's confirmation.
      expect(saved.confirmationWithdrawn).toBe(s.editWithdraws);
    },
  },
  markDone: { flag: (s) => s.canMarkDone, call: (c, planId, s) => c.nextStep.markDone({ planId, stepId: s.id }) },
  drop: { flag: (s) => s.drop !== "none", call: (c, planId, s) => c.nextStep.drop({ planId, stepId: s.id }) },
  declineDrop: { flag: (s) => s.drop === "confirm_request", call: (c, planId, s) => c.nextStep.declineDrop({ planId, stepId: s.id }) },
};

describe("next steps: canConfirm, canEdit, canMarkDone and drop match the procedures", () => {
  it.each(["debrief", "closed"] as WorldStage[])("%s, for each side", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const side of sides)
      for (const [action, check] of Object.entries(stepChecks)) {
        const w = await buildWorld(db, stage, stepsInEveryState);
        const caller = callerOf(w, side);
        const { steps } = await caller.nextStep.list({ planId: w.planId });
        for (const step of steps) {
          const key = `${side} ${action} "${step.description}"`;
          outcomes[key] = await settle(check.call(caller, w.planId, step));
          promised[key] = check.flag(step) ? "ok" : "refused";
          // Confirming twice is idempotent by design: an open step this side already confirmed answers ok and stays as it was.
          if (action === "confirm" && !step.canConfirm && outcomes[key] === "ok" && step.status === "open" && confirmedBy(step, side)) {
            const after = (await caller.nextStep.list({ planId: w.planId })).steps.find((s) => s.id === step.id);
            expect(after).toEqual(step);
            promised[key] = "ok (no change)";
            outcomes[key] = "ok (no change)";
          }
        }
        if (stage === "debrief" && action === "drop") expect(new Set(steps.map((s) => s.drop))).toEqual(new Set(stepDropModes));
      }
    expect(outcomes).toEqual(promised);
  }, 120_000);

  it.each(["preparing", "debrief", "nextStepsAgreed", "closed", "cancelled"] as WorldStage[])("%s: canPropose matches nextStep.propose", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const side of sides) {
      const w = await buildWorld(db, stage);
      const caller = callerOf(w, side);
      promised[side] = (await caller.nextStep.list({ planId: w.planId })).canPropose ? "ok" : "refused";
      // The page shows the follow-up (debrief, next steps) exactly when the meeting took place, open or closed.
      const view = side === "candidate" ? await caller.interview.get({ planId: w.planId }) : await caller.plan.get({ planId: w.planId });
      expect(view.followUp).toBe(stage !== "preparing" && stage !== "cancelled");
      expect(view.meetingAhead).toBe(stage === "preparing");
      outcomes[side] = await settle(caller.nextStep.propose({ planId: w.planId, description: "Book the follow-up call", owner: "recruiter" }));
    }
    expect(outcomes).toEqual(promised);
  });
});

/** Goals of both sides, shared and private, written while the plan is open. */
async function goalsOfBothSides(w: World) {
  const { planId, admin: o, candidate: c } = w;
  await o.goal.add({ planId, kind: "team_goal", text: "Organisation, shared", visibility: "shared" });
  await o.goal.add({ planId, kind: "challenge", text: "Organisation, private", visibility: "private" });
  await c.goal.add({ planId, kind: "establish", text: "Candidate, shared", visibility: "shared" });
  await c.goal.add({ planId, kind: "doubt", text: "Candidate, private", visibility: "private" });
}

const goalChecks: Record<string, { flag: (g: Goal) => boolean; call: (c: Caller, planId: string, g: Goal) => Promise<unknown> }> = {
  update: {
    flag: (g) => g.canEdit,
    call: (c, planId, g) =>
      c.goal.update({ planId, goalId: g.id, expectedVersion: g.version, kind: g.kind, text: `${g.text}, reworded`, detail: g.detail, priority: g.priority, visibility: g.visibility }),
  },
  remove: { flag: (g) => g.canEdit, call: (c, planId, g) => c.goal.remove({ planId, goalId: g.id }) },
  markOutcome: {
    flag: (g) => g.canMarkOutcome,
    call: (c, planId, g) => c.debrief.markOutcome({ planId, goalId: g.id, outcome: "partly", note: "Half answered", expectedVersion: g.version }),
  },
};

describe("goals: canEdit, canMarkOutcome and canAdd match the procedures", () => {
  it.each(["preparing", "debrief", "nextStepsAgreed", "closed"] as WorldStage[])("%s, for each side", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const side of sides) {
      for (const [action, check] of Object.entries(goalChecks)) {
        const w = await buildWorld(db, stage, goalsOfBothSides);
        const caller = callerOf(w, side);
        const { goals } = await caller.goal.list({ planId: w.planId });
        expect(new Set(goals.map((g) => g.side))).toEqual(new Set(sides));
        for (const goal of goals) {
          const key = `${side} ${action} "${goal.text}"`;
          outcomes[key] = await settle(check.call(caller, w.planId, goal));
          promised[key] = check.flag(goal) ? "ok" : "refused";
        }
      }
      const w = await buildWorld(db, stage, goalsOfBothSides);
      const caller = callerOf(w, side);
      promised[`${side} add`] = (await caller.goal.list({ planId: w.planId })).canAdd ? "ok" : "refused";
      const kind = side === "candidate" ? "learn" : "team_goal";
      outcomes[`${side} add`] = await settle(caller.goal.add({ planId: w.planId, kind, text: "One more" }));
    }
    expect(outcomes).toEqual(promised);
  }, 120_000);
});

/** Item 1 agreed, item 2 flagged to revisit, item 3 flagged with a full discussion. */
async function itemsInEveryState(w: World) {
  const { planId, candidate: c, db } = w;
  const items = (await w.admin.plan.get({ planId })).firstInterview;
  for (const item of items.slice(1)) await c.consistency.flag({ planId, itemId: item.id, expectedVersion: item.version, comment: "Worth a second look" });
  const full = items[2]!.id;
  await db.insert(itemComments).values(
    Array.from({ length: MAX_COMMENTS_PER_ITEM - 1 }, (_, i) => ({ itemId: full, side: "organisation" as const, text: `Comment ${i + 2}` })),
  );
}

const itemChecks: Record<string, { flag: (i: Item) => boolean; call: (c: Caller, planId: string, i: Item) => Promise<unknown> }> = {
  flag: { flag: (i) => i.canFlag, call: (c, planId, i) => c.consistency.flag({ planId, itemId: i.id, expectedVersion: i.version, comment: "Has this changed?" }) },
  reply: { flag: (i) => i.canReply, call: (c, planId, i) => c.consistency.reply({ planId, itemId: i.id, text: "It has, a little." }) },
  markAgreed: { flag: (i) => i.canAgree, call: (c, planId, i) => c.consistency.markAgreed({ planId, itemId: i.id, expectedVersion: i.version }) },
};

async function itemsAsSeenBy(w: World, side: Side): Promise<Item[]> {
  const planId = w.planId;
  return side === "candidate" ? (await w.candidate.interview.get({ planId })).firstInterview : (await w.recruiter.plan.get({ planId })).firstInterview;
}

describe("first-interview items: canFlag, canReply and canAgree match the procedures", () => {
  it.each(["preparing", "debrief", "closed"] as WorldStage[])("%s, for each side", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const side of sides)
      for (const [action, check] of Object.entries(itemChecks)) {
        const w = await buildWorld(db, stage, itemsInEveryState);
        const caller = callerOf(w, side);
        const items = await itemsAsSeenBy(w, side);
        for (const [n, item] of items.entries()) {
          const key = `${side} ${action} item ${n + 1} (${item.status}, ${item.comments.length} comments)`;
          outcomes[key] = await settle(check.call(caller, w.planId, item));
          promised[key] = check.flag(item) ? "ok" : "refused";
        }
      }
    expect(outcomes).toEqual(promised);
  }, 120_000);
});
