import { describe, expect, it } from "vitest";
import type { inferRouterOutputs } from "@trpc/server";
import { itemComments } from "@/db/schema";
import type { AppRouter } from "@/server/api/root";
import { MAX_COMMENTS_PER_ITEM } from "@/server/rules/limits";
import { confirmedBy, stepDropModes } from "@/server/rules/step-rules";
import { testDb } from "./db";
import { buildWorld, settle, stepVersion, type World, type WorldStage } from "./flag-worlds";
import { outcomeOf } from "./trpc-errors";
import type { Caller } from "./users";

/**
 * Each step's, goal's and first-interview item's flags held against the
 * procedure they stand for, called for real on a copy of the same plan, by
 * each side: flag true ⇔ the call succeeds, false ⇔ a 4xx refusal. The
 * plan's interviewer reads as the organisation with narrower rights
 * (server/rules/plan-roles.ts), and is held to their own flags the same way.
 */
type Outputs = inferRouterOutputs<AppRouter>;
type Step = Outputs["nextStep"]["list"]["steps"][number];
type Goal = Outputs["goal"]["list"]["goals"][number];
type Item = Outputs["plan"]["get"]["firstInterview"][number];
type Side = "organisation" | "candidate";
/** Who calls: the organisation's side is read and acted for by a recruiter (the admin set the plan up), or by the plan's interviewer. */
type Who = Side | "interviewer";

const sides: Side[] = ["organisation", "candidate"];
const everyone: Who[] = [...sides, "interviewer"];
const callerOf = (w: World, who: Who): Caller => ({ candidate: w.candidate, organisation: w.recruiter, interviewer: w.interviewer })[who];
const sideOf = (who: Who): Side => (who === "candidate" ? "candidate" : "organisation");

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

/** The interviewer reads the steps and may not act on them: every flag false, every such call FORBIDDEN. */
const refusalFor = (who: Who) => (who === "interviewer" ? "FORBIDDEN" : "refused");
const outcomeFor = async (who: Who, call: Promise<unknown>) => (who === "interviewer" ? outcomeOf(call) : settle(call));

describe("next steps: canConfirm, canEdit, canMarkDone and drop match the procedures", () => {
  it.each(["debrief", "closed"] as WorldStage[])("%s, for each side and the interviewer", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const who of everyone)
      for (const [action, check] of Object.entries(stepChecks)) {
        const w = await buildWorld(db, stage, stepsInEveryState);
        const caller = callerOf(w, who);
        const { steps } = await caller.nextStep.list({ planId: w.planId });
        for (const step of steps) {
          const key = `${who} ${action} "${step.description}"`;
          outcomes[key] = await outcomeFor(who, check.call(caller, w.planId, step));
          promised[key] = check.flag(step) ? "ok" : refusalFor(who);
          // Confirming twice is idempotent by design: an open step this side already confirmed answers ok and stays as it was.
          if (action === "confirm" && !step.canConfirm && outcomes[key] === "ok" && step.status === "open" && confirmedBy(step, sideOf(who))) {
            const after = (await caller.nextStep.list({ planId: w.planId })).steps.find((s) => s.id === step.id);
            expect(after).toEqual(step);
            promised[key] = "ok (no change)";
            outcomes[key] = "ok (no change)";
          }
        }
        if (stage === "debrief" && action === "drop" && who !== "interviewer") expect(new Set(steps.map((s) => s.drop))).toEqual(new Set(stepDropModes));
      }
    expect(outcomes).toEqual(promised);
  }, 120_000);

  it.each(["preparing", "debrief", "nextStepsAgreed", "closed", "cancelled"] as WorldStage[])("%s: canPropose matches nextStep.propose, for each side and the interviewer", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const who of everyone) {
      const w = await buildWorld(db, stage);
      const caller = callerOf(w, who);
      promised[who] = (await caller.nextStep.list({ planId: w.planId })).canPropose ? "ok" : refusalFor(who);
      // The page shows the follow-up (debrief, next steps) exactly when the meeting took place, open or closed.
      const planId = w.planId;
      const view = await { candidate: () => caller.interview.get({ planId }), organisation: () => caller.plan.get({ planId }), interviewer: () => caller.team.get({ planId }) }[who]();
      expect(view.followUp).toBe(stage !== "preparing" && stage !== "cancelled");
      expect(view.meetingAhead).toBe(stage === "preparing");
      outcomes[who] = await outcomeFor(who, caller.nextStep.propose({ planId, description: "Book the follow-up call", owner: "recruiter" }));
    }
    expect(outcomes).toEqual(promised);
  });
});

/** Goals of both sides, shared and private, written while the plan is open; one of the organisation's by its interviewer. */
async function goalsOfBothSides(w: World) {
  const { planId, admin: o, candidate: c } = w;
  await o.goal.add({ planId, kind: "team_goal", text: "Organisation, shared", visibility: "shared" });
  await w.interviewer.goal.add({ planId, kind: "team_goal", text: "Organisation, by its interviewer", visibility: "shared" });
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
  it.each(["preparing", "debrief", "nextStepsAgreed", "closed"] as WorldStage[])("%s, for each side and the interviewer", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const who of everyone) {
      for (const [action, check] of Object.entries(goalChecks)) {
        const w = await buildWorld(db, stage, goalsOfBothSides);
        const caller = callerOf(w, who);
        const { goals } = await caller.goal.list({ planId: w.planId });
        expect(new Set(goals.map((g) => g.side))).toEqual(new Set(sides));
        for (const goal of goals) {
          const key = `${who} ${action} "${goal.text}"`;
          outcomes[key] = await settle(check.call(caller, w.planId, goal));
          promised[key] = check.flag(goal) ? "ok" : "refused";
        }
      }
      const w = await buildWorld(db, stage, goalsOfBothSides);
      const caller = callerOf(w, who);
      promised[`${who} add`] = (await caller.goal.list({ planId: w.planId })).canAdd ? "ok" : "refused";
      const kind = who === "candidate" ? "learn" : "team_goal";
      outcomes[`${who} add`] = await settle(caller.goal.add({ planId: w.planId, kind, text: "One more" }));
    }
    expect(outcomes).toEqual(promised);
  }, 120_000);

  it("the interviewer may edit exactly the goal they wrote, and reads the recruiters' private goal but not the candidate's", async () => {
    const db = await testDb();
    const w = await buildWorld(db, "preparing", goalsOfBothSides);
    const { goals } = await w.interviewer.goal.list({ planId: w.planId });
    expect(Object.fromEntries(goals.map((g) => [g.text, g.canEdit]))).toEqual({
      "Organisation, shared": false,
      "Organisation, by its interviewer": true,
      "Organisation, private": false,
      "Candidate, shared": false,
    });
    // Another's goal is not theirs to find, exactly as a goal that does not exist.
    const recruiters = goals.find((g) => g.text === "Organisation, shared")!;
    expect(await outcomeOf(goalChecks.update!.call(w.interviewer, w.planId, recruiters))).toBe("NOT_FOUND");
  });
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

async function itemsAsSeenBy(w: World, who: Who): Promise<Item[]> {
  const planId = w.planId;
  if (who === "interviewer") return (await w.interviewer.team.get({ planId })).firstInterview;
  return who === "candidate" ? (await w.candidate.interview.get({ planId })).firstInterview : (await w.recruiter.plan.get({ planId })).firstInterview;
}

describe("first-interview items: canFlag, canReply and canAgree match the procedures", () => {
  it.each(["preparing", "debrief", "closed"] as WorldStage[])("%s, for each side and the interviewer", async (stage) => {
    const db = await testDb();
    const outcomes: Record<string, string> = {};
    const promised: Record<string, string> = {};
    for (const who of everyone)
      for (const [action, check] of Object.entries(itemChecks)) {
        const w = await buildWorld(db, stage, itemsInEveryState);
        const caller = callerOf(w, who);
        const items = await itemsAsSeenBy(w, who);
        for (const [n, item] of items.entries()) {
          const key = `${who} ${action} item ${n + 1} (${item.status}, ${item.comments.length} comments)`;
          outcomes[key] = await settle(check.call(caller, w.planId, item));
          promised[key] = check.flag(item) ? "ok" : "refused";
        }
      }
    expect(outcomes).toEqual(promised);
  }, 120_000);
});
