import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { acceptAsCandidate, newOrg, newestJoinToken, planInput } from "../plan-api";
import { holdMeeting } from "../plan-fixtures";
import { agreedStep, debriefSetUp } from "./fixtures";

const text = (label: string) => `${label}-${randomBytes(5).toString("hex")}`;

describe("the timeline", () => {
  it("records the plan's life with who did it, filtered by what each side may read, never with a goal's text", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    const { id: planId } = await admin.caller.plan.create(input);
    await admin.caller.plan.share({ planId });
    const candidate = await acceptAsCandidate(db, await newestJoinToken(db, input.meeting.candidateEmail));
    const c = candidate.caller;
    const o = admin.caller;

    const goalTexts = {
      candidateShared: text("CANDIDATE-SHARED-GOAL"),
      candidatePrivate: text("CANDIDATE-PRIVATE-GOAL"),
      orgShared: text("ORG-SHARED-GOAL"),
      orgPrivate: text("ORG-PRIVATE-GOAL"),
    };
    const candidateShared = await c.goal.add({ planId, kind: "establish", text: goalTexts.candidateShared, detail: goalTexts.candidateShared });
    const candidatePrivate = await c.goal.add({ planId, kind: "must_know", text: goalTexts.candidatePrivate, visibility: "private" });
    const orgShared = await o.goal.add({ planId, kind: "team_goal", text: goalTexts.orgShared });
    const orgPrivate = await o.goal.add({ planId, kind: "challenge", text: goalTexts.orgPrivate, visibility: "private" });
    const item = (await o.plan.get({ planId })).firstInterview[2]!;
    await c.consistency.flag({ planId, itemId: item.id, comment: "The range moved since.", expectedVersion: 1 });

    await holdMeeting(db, planId);
    await c.debrief.markOutcome({ planId, goalId: candidateShared.id, outcome: "achieved", note: "", expectedVersion: 1 });
    await c.debrief.markOutcome({ planId, goalId: candidatePrivate.id, outcome: "not_achieved", note: "", expectedVersion: 1 });
    await o.debrief.markOutcome({ planId, goalId: orgShared.id, outcome: "partly", note: "", expectedVersion: 1 });
    await o.debrief.markOutcome({ planId, goalId: orgPrivate.id, outcome: "achieved", note: "", expectedVersion: 1 });

    const s = { admin, candidate, planId };
    const stepA = await agreedStep(s, { description: "Reference check", owner: "recruiter" });
    await o.nextStep.edit({ planId, stepId: stepA, expectedVersion: 1, description: "Two reference checks", owner: "recruiter" });
    await c.nextStep.confirm({ planId, stepId: stepA, expectedVersion: 2 });
    await o.nextStep.markDone({ planId, stepId: stepA });
    const { id: stepB } = await c.nextStep.propose({ planId, description: "Portfolio follow-up", owner: "candidate" });
    await c.nextStep.drop({ planId, stepId: stepB });
    await o.plan.close({ planId, expectedVersion: (await o.plan.get({ planId })).version, outcome: "offer" });

    const candidateTimeline = await c.timeline.list({ planId, limit: 100 });
    const orgTimeline = await o.timeline.list({ planId, limit: 100 });

    // Oldest first here; the timeline lists newest first.
    const steps = [
      "step_proposed",
      "step_confirmed",
      "steps_agreed",
      "step_edited",
      "step_confirmed",
      "steps_agreed",
      "step_done",
      "step_proposed",
      "step_dropped",
      "steps_agreed",
      "plan_closed",
    ];
    const candidateReads = [
      "plan_shared",
      "invitation_accepted",
      "goal_added", // their shared goal
      "goal_added", // their private goal
      "goal_added", // the organisation's shared goal
      "item_flagged",
      "goal_outcome_marked", // their shared goal
      "goal_outcome_marked", // their private goal
      "goal_outcome_marked", // the organisation's shared goal
      ...steps,
    ];
    const organisationReads = [
      "plan_created",
      "plan_shared",
      "invitation_accepted",
      "goal_added", // the candidate's shared goal
      "goal_added", // its shared goal
      "goal_added", // its private goal
      "item_flagged",
      "goal_outcome_marked", // the candidate's shared goal
      "goal_outcome_marked", // its shared goal
      "goal_outcome_marked", // its private goal
      ...steps,
    ];
    expect(candidateTimeline.map((e) => e.type)).toEqual([...candidateReads].reverse());
    expect(orgTimeline.map((e) => e.type)).toEqual([...organisationReads].reverse());
    expect(candidateTimeline.filter((e) => e.audience === "organisation")).toEqual([]);
    expect(orgTimeline.filter((e) => e.audience === "candidate")).toEqual([]);
    expect(candidateTimeline.find((e) => e.type === "plan_created")).toBeUndefined();

    for (const timeline of [candidateTimeline, orgTimeline])
      for (let i = 1; i < timeline.length; i++)
        expect(timeline[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(timeline[i]!.createdAt.getTime());

    // Who did it, by side and name.
    const who = (type: string) =>
      orgTimeline.filter((e) => e.type === type).map((e) => [e.actorSide, e.actorName]);
    expect(who("plan_created")).toEqual([["organisation", "Alex Admin"]]);
    expect(who("plan_shared")).toEqual([["organisation", "Alex Admin"]]);
    expect(who("invitation_accepted")).toEqual([["candidate", "Jordan Blake"]]);
    expect(who("item_flagged")).toEqual([["candidate", "Jordan Blake"]]);
    expect(who("step_confirmed")).toEqual([
      ["candidate", "Jordan Blake"],
      ["candidate", "Jordan Blake"],
    ]);
    expect(who("step_edited")).toEqual([["organisation", "Alex Admin"]]);
    expect(who("step_done")).toEqual([["organisation", "Alex Admin"]]);
    expect(who("step_dropped")).toEqual([["candidate", "Jordan Blake"]]);
    expect(who("plan_closed")).toEqual([["organisation", "Alex Admin"]]);
    expect(new Set(who("steps_agreed").map(String))).toEqual(new Set([String([null, null])]));
    expect(who("goal_added").sort()).toEqual([
      ["candidate", "Jordan Blake"],
      ["organisation", "Alex Admin"],
      ["organisation", "Alex Admin"],
    ]);

    // What the entries say: values, not sentences.
    const stepEntries = orgTimeline.filter((e) => e.data && "stepId" in e.data && e.data.stepId === stepA);
    const referenceCheck = { description: "Reference check", owner: "recruiter", dueOn: null };
    expect(stepEntries.find((e) => e.type === "step_proposed")!.data).toEqual({ stepId: stepA, step: referenceCheck });
    expect(stepEntries.find((e) => e.type === "step_edited")!.data).toEqual({
      stepId: stepA,
      before: referenceCheck,
      after: { ...referenceCheck, description: "Two reference checks" },
      confirmationWithdrawn: true,
    });
    expect(stepEntries.find((e) => e.type === "step_done")!.data).toEqual({
      stepId: stepA,
      step: { ...referenceCheck, description: "Two reference checks" },
    });
    expect(candidateTimeline.find((e) => e.type === "item_flagged")!.data).toEqual({ itemId: item.id, comment: "The range moved since." });
    expect(candidateTimeline.find((e) => e.type === "plan_closed")!.data).toEqual({ outcome: "offer" });
    expect(orgTimeline.filter((e) => e.type === "goal_outcome_marked").map((e) => e.data)).toEqual([
      { goalId: orgPrivate.id, visibility: "private", outcome: "achieved" },
      { goalId: orgShared.id, visibility: "shared", outcome: "partly" },
      { goalId: candidateShared.id, visibility: "shared", outcome: "achieved" },
    ]);

    // No goal's text or detail, shared or private, is ever in a timeline entry.
    const everything = JSON.stringify([candidateTimeline, orgTimeline]);
    for (const goalText of Object.values(goalTexts)) expect(everything).not.toContain(goalText);
  });

  it("a removed goal leaves only its id and kind behind; the entries of one action read in the order they happened", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const secret = text("SOON-PRIVATE");
    const goal = await s.candidate.caller.goal.add({ planId, kind: "doubt", text: secret });
    await s.candidate.caller.goal.remove({ planId, goalId: goal.id });
    const [added] = (await s.admin.caller.timeline.list({ planId })).filter((e) => e.type === "goal_added");
    expect(added!.data).toEqual({ goalId: goal.id, kind: "doubt", visibility: "shared" });

    // The confirmation that completes the agreement is followed by "agreed", never the other way round.
    for (let round = 0; round < 6; round++) {
      const { id } = await s.admin.caller.nextStep.propose({ planId, description: `Round ${round}`, owner: "recruiter" });
      await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
      const [newest, previous] = await s.candidate.caller.timeline.list({ planId, limit: 2 });
      expect([newest!.type, previous!.type]).toEqual(["steps_agreed", "step_confirmed"]);
    }
  });

  it("a goal made private later leaves its id, kind and outcome on the other side, never its text", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const secret = text("LATER-PRIVATE");
    const goal = await s.candidate.caller.goal.add({ planId, kind: "doubt", text: secret, detail: secret });
    const marked = await s.candidate.caller.debrief.markOutcome({ planId, goalId: goal.id, expectedVersion: goal.version, outcome: "partly", note: "" });
    await s.candidate.caller.goal.update({ planId, goalId: goal.id, expectedVersion: marked.version, kind: "doubt", text: secret, visibility: "private" });
    const orgReads = await s.admin.caller.timeline.list({ planId });
    expect(orgReads.filter((e) => e.type.startsWith("goal_")).map((e) => e.data)).toEqual([
      { goalId: goal.id, visibility: "shared", outcome: "partly" },
      { goalId: goal.id, kind: "doubt", visibility: "shared" },
    ]);
    expect(JSON.stringify(orgReads)).not.toContain(secret);
  });

  it("pages back in time with `before`", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    for (const description of ["First", "Second", "Third", "Fourth"])
      await s.candidate.caller.nextStep.propose({ planId, description, owner: "candidate" });
    const newest = await s.admin.caller.timeline.list({ planId, limit: 2 });
    const described = (entries: typeof newest) => entries.map((e) => (e.type === "step_proposed" ? e.data?.step.description : e.type));
    expect(described(newest)).toEqual(["Fourth", "Third"]);
    const older = await s.admin.caller.timeline.list({ planId, limit: 2, before: newest[1]!.createdAt });
    expect(described(older)).toEqual(["Second", "First"]);
  });

  it("is NOT_FOUND to anyone outside the plan", async () => {
    const s = await debriefSetUp();
    const outsider = await newOrg(s.db);
    await expect(outsider.admin.caller.timeline.list({ planId: s.planId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
