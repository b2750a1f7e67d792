import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { joinedPlan, newOrg, recruiterOf } from "../plan-api";
import { failureOf } from "../trpc-errors";
import type { Caller } from "../users";
import { debriefSetUp, type DebriefSetUp } from "./fixtures";

/** Both sides' goals, one shared and one private each, added after the meeting. */
async function withGoals(s: DebriefSetUp) {
  const { planId } = s;
  const c = s.candidate.caller;
  const o = s.admin.caller;
  return {
    candidateShared: (await c.goal.add({ planId, kind: "establish", text: "Two office days a week", visibility: "shared" })).id,
    candidatePrivate: (await c.goal.add({ planId, kind: "doubt", text: "Is the team stable?", visibility: "private" })).id,
    orgShared: (await o.goal.add({ planId, kind: "team_goal", text: "Sees design as a team sport", visibility: "shared" })).id,
    orgPrivate: (await o.goal.add({ planId, kind: "challenge", text: "Gap in 2023 on the CV", visibility: "private" })).id,
  };
}

async function goalById(caller: Caller, planId: string, goalId: string) {
  return (await caller.goal.list({ planId })).goals.find((g) => g.id === goalId);
}

describe("debrief: each side marks its own goals after the meeting", () => {
  it("two recruiters marking the same goal from the same version: the second is refused, the first note kept", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const g = await withGoals(s);
    const colleague = await recruiterOf(s.db, s.org.id);
    const seen = (await goalById(s.admin.caller, planId, g.orgShared))!.version;
    const first = await colleague.caller.debrief.markOutcome({ planId, goalId: g.orgShared, outcome: "achieved", note: "Sam's note", expectedVersion: seen });
    expect(first.version).toBe(seen + 1);
    const late = await failureOf(
      s.admin.caller.debrief.markOutcome({ planId, goalId: g.orgShared, outcome: "partly", note: "Alex's note", expectedVersion: seen }),
    );
    expect(late).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed by someone else") });
    expect(await goalById(s.admin.caller, planId, g.orgShared)).toMatchObject({ outcome: "achieved", outcomeNote: "Sam's note" });
  });

  it("a shared goal's outcome and note reach the other side; a private goal's never do", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const g = await withGoals(s);
    const c = s.candidate.caller;
    const o = s.admin.caller;

    await c.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: "achieved", note: "Confirmed by Maya: Tue and Thu.", expectedVersion: 1 });
    await c.debrief.markOutcome({ planId, goalId: g.candidatePrivate, outcome: "not_achieved", note: "CANDIDATE-PRIVATE-NOTE never came up", expectedVersion: 1 });
    await o.debrief.markOutcome({ planId, goalId: g.orgShared, outcome: "partly", note: "Good examples, little on conflict.", expectedVersion: 1 });
    await o.debrief.markOutcome({ planId, goalId: g.orgPrivate, outcome: "achieved", note: "ORG-PRIVATE-NOTE gap explained", expectedVersion: 1 });

    // Each side sees all of its own marks.
    expect(await goalById(c, planId, g.candidateShared)).toMatchObject({ outcome: "achieved", outcomeNote: "Confirmed by Maya: Tue and Thu." });
    expect(await goalById(c, planId, g.candidatePrivate)).toMatchObject({ outcome: "not_achieved", outcomeNote: "CANDIDATE-PRIVATE-NOTE never came up" });
    expect(await goalById(o, planId, g.orgShared)).toMatchObject({ outcome: "partly", outcomeNote: "Good examples, little on conflict." });
    expect(await goalById(o, planId, g.orgPrivate)).toMatchObject({ outcome: "achieved", outcomeNote: "ORG-PRIVATE-NOTE gap explained" });

    // The other side sees the shared goal's mark and note, and nothing of the private one.
    expect(await goalById(o, planId, g.candidateShared)).toMatchObject({ outcome: "achieved", outcomeNote: "Confirmed by Maya: Tue and Thu." });
    expect(await goalById(c, planId, g.orgShared)).toMatchObject({ outcome: "partly", outcomeNote: "Good examples, little on conflict." });
    expect(await goalById(o, planId, g.candidatePrivate)).toBeUndefined();
    expect(await goalById(c, planId, g.orgPrivate)).toBeUndefined();
    const seenByOrg = JSON.stringify([await o.goal.list({ planId }), await o.timeline.list({ planId }), await o.debrief.openQuestions({ planId })]);
    const seenByCandidate = JSON.stringify([await c.goal.list({ planId }), await c.timeline.list({ planId }), await c.debrief.openQuestions({ planId })]);
    expect(seenByOrg).not.toContain("CANDIDATE-PRIVATE-NOTE");
    expect(seenByCandidate).not.toContain("ORG-PRIVATE-NOTE");
  });

  it("a mark can be changed or cleared later, and the note is optional", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const g = await withGoals(s);
    const c = s.candidate.caller;
    await c.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: "partly", note: "Only one day confirmed.", expectedVersion: 1 });
    await c.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: "achieved", expectedVersion: 2 });
    expect(await goalById(s.admin.caller, planId, g.candidateShared)).toMatchObject({ outcome: "achieved", outcomeNote: "" });
    await c.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: null, expectedVersion: 3 });
    expect(await goalById(s.admin.caller, planId, g.candidateShared)).toMatchObject({ outcome: null, outcomeNote: "" });
  });

  it("marking the other side's goal, shared or private, is NOT_FOUND and changes nothing", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const g = await withGoals(s);
    const c = s.candidate.caller;
    const o = s.admin.caller;
    const attempts = [
      () => c.debrief.markOutcome({ planId, goalId: g.orgShared, outcome: "not_achieved", note: "Hijack", expectedVersion: 1 }),
      () => c.debrief.markOutcome({ planId, goalId: g.orgPrivate, outcome: "not_achieved", note: "Hijack", expectedVersion: 1 }),
      () => o.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: "not_achieved", note: "Hijack", expectedVersion: 1 }),
      () => o.debrief.markOutcome({ planId, goalId: g.candidatePrivate, outcome: "not_achieved", note: "Hijack", expectedVersion: 1 }),
      () => c.debrief.markOutcome({ planId, goalId: randomUUID(), outcome: "achieved", note: "", expectedVersion: 1 }),
    ];
    for (const attempt of attempts) expect(await failureOf(attempt())).toMatchObject({ code: "NOT_FOUND", message: "Goal not found." });
    for (const goal of [...(await c.goal.list({ planId })).goals, ...(await o.goal.list({ planId })).goals])
      expect({ outcome: goal.outcome, note: goal.outcomeNote }).toEqual({ outcome: null, note: "" });
  });

  it("a goal of another plan cannot be marked through this one", async () => {
    const s = await debriefSetUp();
    const other = await debriefSetUp();
    const theirs = await other.admin.caller.goal.add({ planId: other.planId, kind: "team_goal", text: "Other plan goal" });
    expect(await failureOf(s.admin.caller.debrief.markOutcome({ planId: s.planId, goalId: theirs.id, outcome: "achieved", note: "", expectedVersion: 1 })))
      .toMatchObject({ code: "NOT_FOUND" });
    expect(await goalById(other.admin.caller, other.planId, theirs.id)).toMatchObject({ outcome: null });
  });

  it("before the meeting has ended the debrief is closed, with a clear message", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const mine = await candidate.caller.goal.add({ planId, kind: "learn", text: "How releases work" });
    const ours = await admin.caller.goal.add({ planId, kind: "team_goal", text: "Collaboration" });
    const message = "The debrief opens once the meeting has ended.";
    expect(await failureOf(candidate.caller.debrief.markOutcome({ planId, goalId: mine.id, outcome: "achieved", note: "Too early", expectedVersion: 1 })))
      .toEqual({ code: "PRECONDITION_FAILED", message, fieldErrors: undefined });
    expect(await failureOf(admin.caller.debrief.markOutcome({ planId, goalId: ours.id, outcome: "partly", note: "Too early", expectedVersion: 1 })))
      .toMatchObject({ code: "PRECONDITION_FAILED", message });
    expect(await goalById(candidate.caller, planId, mine.id)).toMatchObject({ outcome: null, outcomeNote: "" });
    expect(await goalById(admin.caller, planId, ours.id)).toMatchObject({ outcome: null, outcomeNote: "" });
  });

  it("refuses a bad outcome or an over-long note with field messages", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const g = await withGoals(s);
    const c = s.candidate.caller;
    const badOutcome = await failureOf(
      c.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: "brilliant" as never, note: "", expectedVersion: 1 }),
    );
    expect(badOutcome).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { outcome: ["Choose achieved, partly or not achieved."] } });
    const longNote = await failureOf(
      c.debrief.markOutcome({ planId, goalId: g.candidateShared, outcome: "achieved", note: "x".repeat(2001), expectedVersion: 1 }),
    );
    expect(longNote).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { note: ["Keep the note under 2000 characters."] } });
    expect(await goalById(c, planId, g.candidateShared)).toMatchObject({ outcome: null, outcomeNote: "" });
  });
});

describe("debrief: open questions", () => {
  it("lists the candidate's must-know goals not achieved (private ones to the candidate only) and items still to revisit", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const c = s.candidate.caller;
    const o = s.admin.caller;
    const teamSize = (await c.goal.add({ planId, kind: "must_know", text: "How big is the team?", visibility: "shared" })).id;
    const visa = (await c.goal.add({ planId, kind: "must_know", text: "Visa sponsorship?", visibility: "private" })).id;
    const startDate = (await c.goal.add({ planId, kind: "must_know", text: "Latest start date?", visibility: "shared" })).id;
    const budget = (await c.goal.add({ planId, kind: "must_know", text: "Training budget?", visibility: "shared" })).id;
    await c.goal.add({ planId, kind: "learn", text: "Release rhythm", visibility: "shared" });
    await o.goal.add({ planId, kind: "team_goal", text: "Research with clinicians", visibility: "shared" });
    await c.debrief.markOutcome({ planId, goalId: startDate, outcome: "achieved", note: "March", expectedVersion: 1 });
    await c.debrief.markOutcome({ planId, goalId: budget, outcome: "partly", note: "Exists, amount unclear", expectedVersion: 1 });
    const items = (await o.plan.get({ planId })).firstInterview;
    await c.consistency.flag({ planId, itemId: items[1]!.id, comment: "I can only do one office day now.", expectedVersion: 1 });

    const candidateView = await c.debrief.openQuestions({ planId });
    expect(candidateView.mustKnow.map((q) => [q.text, q.outcome, q.visibility])).toEqual([
      ["How big is the team?", null, "shared"],
      ["Visa sponsorship?", null, "private"],
      ["Training budget?", "partly", "shared"],
    ]);
    expect(candidateView.consistencyChecks).toEqual([{ id: items[1]!.id, topic: "location", summary: items[1]!.summary }]);

    const orgView = await o.debrief.openQuestions({ planId });
    expect(orgView.mustKnow.map((q) => q.id)).toEqual([teamSize, budget]);
    expect(JSON.stringify(orgView)).not.toContain("Visa sponsorship");
    expect(orgView.consistencyChecks).toEqual(candidateView.consistencyChecks);

    // Answered in the end: a must-know marked achieved leaves both lists; a settled item leaves too.
    await c.debrief.markOutcome({ planId, goalId: teamSize, outcome: "achieved", note: "Six designers", expectedVersion: 1 });
    await c.debrief.markOutcome({ planId, goalId: visa, outcome: "achieved", note: "", expectedVersion: 1 });
    await o.consistency.markAgreed({ planId, itemId: items[1]!.id, comment: "One day it is.", expectedVersion: 2 });
    expect((await c.debrief.openQuestions({ planId })).mustKnow.map((q) => q.id)).toEqual([budget]);
    expect((await o.debrief.openQuestions({ planId })).mustKnow.map((q) => q.id)).toEqual([budget]);
    expect((await c.debrief.openQuestions({ planId })).consistencyChecks).toEqual([]);
    expect((await o.debrief.openQuestions({ planId })).consistencyChecks).toEqual([]);
  });

  it("a must-know goal marked not achieved stays open", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const goal = (await s.candidate.caller.goal.add({ planId, kind: "must_know", text: "Who do I report to?" })).id;
    await s.candidate.caller.debrief.markOutcome({ planId, goalId: goal, outcome: "not_achieved", note: "Ran out of time", expectedVersion: 1 });
    expect((await s.admin.caller.debrief.openQuestions({ planId })).mustKnow).toEqual([
      { id: goal, text: "Who do I report to?", detail: "", outcome: "not_achieved", visibility: "shared" },
    ]);
  });
});
