import { describe, expect, it } from "vitest";
import { STALE_ITEM_MESSAGE } from "@/server/domain/consistency-checks";
import { STALE_GOAL_MESSAGE } from "@/server/domain/goals";
import { STALE_ITEM_IN_FORM_MESSAGE, STALE_INTERVIEWER_MESSAGE } from "@/server/domain/plan-children";
import { STALE_NOTE_MESSAGE } from "@/server/domain/preparation";
import { STALE_STEP_MESSAGE } from "@/server/domain/next-steps";
import { STALE_VERSION_MESSAGE } from "@/server/domain/plans";
import { testDb } from "../db";
import { editableContent, joinedPlan, newOrg, recruiterOf } from "../plan-api";
import { debriefSetUp, stepOf } from "../next-steps/fixtures";
import { failureOf } from "../trpc-errors";
import { exactlyOneWins } from "./race";

/**
 * No silent overwrite: for every editable record, two people who saw version
 * N and save at once end with exactly one saved (the row holds that one's
 * values at N + 1) and the other refused with CONFLICT, a message saying
 * someone changed it meanwhile, and nothing of theirs written.
 */
async function planWithColleague() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const colleague = await recruiterOf(db, org.id, "recruiter", "Casey Colleague");
  const joined = await joinedPlan(db, admin);
  return { db, admin, colleague, ...joined };
}

describe("two saves of the same version at once: exactly one wins", () => {
  it("plan details", async () => {
    const { admin, colleague, planId } = await planWithColleague();
    const form = await editableContent(admin, planId);
    const save = (who: typeof admin, roleTitle: string) => () =>
      who.caller.plan.update({ planId, expectedVersion: form.version, ...form.content, meeting: { ...form.content.meeting, roleTitle } });

    const race = await exactlyOneWins(save(admin, "Lead Designer"), save(colleague, "Staff Designer"));
    expect(race.message).toBe(STALE_VERSION_MESSAGE);
    const plan = await admin.caller.plan.get({ planId });
    expect(plan).toMatchObject({ roleTitle: ["Lead Designer", "Staff Designer"][race.winner], version: form.version + 1 });
  });

  it("an interviewer, saved with the plan form", async () => {
    const { admin, colleague, planId } = await planWithColleague();
    const form = await editableContent(admin, planId);
    const first = form.content.interviewers[0]!;
    const save = (who: typeof admin, jobTitle: string) => () =>
      who.caller.plan.update({
        planId,
        expectedVersion: form.version,
        ...form.content,
        interviewers: [{ ...first, jobTitle }, ...form.content.interviewers.slice(1)],
      });

    const race = await exactlyOneWins(save(admin, "Head of Research"), save(colleague, "Design Director"));
    expect([STALE_VERSION_MESSAGE, STALE_INTERVIEWER_MESSAGE]).toContain(race.message);
    const stored = (await admin.caller.plan.get({ planId })).interviewers[0]!;
    expect(stored).toMatchObject({ id: first.id, jobTitle: ["Head of Research", "Design Director"][race.winner], version: 2 });
  });

  it("a first-interview item, flagged by both sides at once", async () => {
    const { admin, candidate, planId } = await planWithColleague();
    const item = (await admin.caller.plan.get({ planId })).firstInterview[1]!;
    const flag = (caller: typeof candidate.caller, comment: string) => () =>
      caller.consistency.flag({ planId, itemId: item.id, expectedVersion: item.version, comment });

    const race = await exactlyOneWins(flag(candidate.caller, "Only one office day now."), flag(admin.caller, "The client wants three days."));
    expect(race.message).toBe(STALE_ITEM_MESSAGE);
    expect(race.value).toEqual({ version: item.version + 1 });
    const stored = (await admin.caller.plan.get({ planId })).firstInterview[1]!;
    expect(stored).toMatchObject({
      status: "to_revisit",
      flaggedBySide: ["candidate", "organisation"][race.winner],
      version: item.version + 1,
    });
    // The loser's comment was not written either.
    expect(stored.comments.map((c) => c.text)).toEqual([["Only one office day now.", "The client wants three days."][race.winner]]);
  });

  it("a goal", async () => {
    const { admin, colleague, planId } = await planWithColleague();
    const goal = await admin.caller.goal.add({ planId, kind: "team_goal", text: "See a research plan" });
    const edit = (who: typeof admin, text: string) => () =>
      who.caller.goal.update({ planId, goalId: goal.id, expectedVersion: goal.version, kind: "team_goal", text });

    const race = await exactlyOneWins(edit(admin, "See a research plan for clinicians"), edit(colleague, "See a discovery plan"));
    expect(race.message).toBe(STALE_GOAL_MESSAGE);
    const stored = (await admin.caller.goal.list({ planId })).goals.find((g) => g.id === goal.id)!;
    expect(stored).toMatchObject({ text: ["See a research plan for clinicians", "See a discovery plan"][race.winner], version: goal.version + 1 });
  });

  it("a debrief mark (the goal's outcome)", async () => {
    const s = await debriefSetUp();
    const colleague = await recruiterOf(s.db, s.org.id, "recruiter", "Casey Colleague");
    const goal = await s.admin.caller.goal.add({ planId: s.planId, kind: "team_goal", text: "Hear about a hard trade-off" });
    const mark = (who: typeof colleague, outcome: "achieved" | "partly", note: string) => () =>
      who.caller.debrief.markOutcome({ planId: s.planId, goalId: goal.id, outcome, note, expectedVersion: goal.version });

    const race = await exactlyOneWins(mark(s.admin, "achieved", "A clear example."), mark(colleague, "partly", "Only in outline."));
    expect(race.message).toBe(STALE_GOAL_MESSAGE);
    const stored = (await s.admin.caller.goal.list({ planId: s.planId })).goals.find((g) => g.id === goal.id)!;
    expect(stored).toMatchObject({
      outcome: ["achieved", "partly"][race.winner],
      outcomeNote: ["A clear example.", "Only in outline."][race.winner],
      version: goal.version + 1,
    });
  });

  it("a next step, edited by both sides at once", async () => {
    const s = await debriefSetUp();
    const { id } = await s.admin.caller.nextStep.propose({ planId: s.planId, description: "Reference check", owner: "recruiter" });
    const edit = (caller: typeof s.admin.caller, description: string) => () =>
      caller.nextStep.edit({ planId: s.planId, stepId: id, expectedVersion: 1, description, owner: "recruiter" });

    const race = await exactlyOneWins(edit(s.admin.caller, "Two reference checks"), edit(s.candidate.caller, "One reference, from my last manager"));
    expect(race.message).toBe(STALE_STEP_MESSAGE);
    expect(await stepOf(s.admin.caller, s.planId, id)).toMatchObject({
      description: ["Two reference checks", "One reference, from my last manager"][race.winner],
      proposedBySide: "organisation",
      version: 2,
    });
  });

  it("a preparation note, saved from two tabs", async () => {
    const { candidate, planId } = await planWithColleague();
    const c = candidate.caller;
    const save = (text: string, expectedVersion: number | null) => () => c.preparation.saveNote({ planId, interviewerId: null, text, expectedVersion });

    // Neither tab had a note yet: one creates it, the other is told.
    const created = await exactlyOneWins(save("Written in tab A", null), save("Written in tab B", null));
    expect(created.message).toBe(STALE_NOTE_MESSAGE);
    expect(await c.preparation.get({ planId })).toMatchObject({
      heldBackNote: ["Written in tab A", "Written in tab B"][created.winner],
      heldBackNoteVersion: 1,
    });

    const edited = await exactlyOneWins(save("Edited in tab A", 1), save("Edited in tab B", 1));
    expect(edited.message).toBe(STALE_NOTE_MESSAGE);
    expect(await c.preparation.get({ planId })).toMatchObject({
      heldBackNote: ["Edited in tab A", "Edited in tab B"][edited.winner],
      heldBackNoteVersion: 2,
    });
  });
});

describe("the plan form checks each row's own version, not only the plan's", () => {
  it("a form re-applied onto the plan's new version, but holding an item flagged since, is refused and changes nothing", async () => {
    const { admin, candidate, planId } = await planWithColleague();
    const form = await editableContent(admin, planId);
    await candidate.caller.consistency.flag({ planId, itemId: form.plan.firstInterview[1]!.id, expectedVersion: 1, comment: "Start date may move." });
    const now = await admin.caller.plan.get({ planId });

    // The plan's version is current; the item's is the one from before the flag.
    const failure = await failureOf(
      admin.caller.plan.update({ planId, expectedVersion: now.version, ...form.content, meeting: { ...form.content.meeting, roleTitle: "Renamed" } }),
    );
    expect(failure).toMatchObject({ code: "CONFLICT", message: STALE_ITEM_IN_FORM_MESSAGE });
    expect(await admin.caller.plan.get({ planId })).toEqual(now);
  });

  it("a form holding an interviewer another recruiter changed since is refused and changes nothing", async () => {
    const { admin, colleague, planId } = await planWithColleague();
    const stale = await editableContent(admin, planId);
    const theirs = await editableContent(colleague, planId);
    theirs.content.interviewers[0]!.name = "Maya Chen-Okafor";
    await colleague.caller.plan.update({ planId, expectedVersion: theirs.version, ...theirs.content });
    const now = await admin.caller.plan.get({ planId });

    const failure = await failureOf(admin.caller.plan.update({ planId, expectedVersion: now.version, ...stale.content }));
    expect(failure).toMatchObject({ code: "CONFLICT", message: STALE_INTERVIEWER_MESSAGE });
    expect(await admin.caller.plan.get({ planId })).toEqual(now);
    expect(now.interviewers[0]).toMatchObject({ name: "Maya Chen-Okafor", version: 2 });
    // An interviewer saved unchanged keeps its version: only a real change makes the others' copies stale.
    expect(now.interviewers[1]!.version).toBe(1);
  });

  it("an existing row sent without its version is refused as invalid input", async () => {
    const { admin, planId } = await planWithColleague();
    const form = await editableContent(admin, planId);
    const { expectedVersion: _dropped, ...withoutVersion } = form.content.interviewers[0]!;
    const failure = await failureOf(
      admin.caller.plan.update({ planId, expectedVersion: form.version, ...form.content, interviewers: [withoutVersion] }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fieldErrors).toEqual({ "interviewers.0.expectedVersion": ["Not a valid version: reload and try again."] });
  });
});
