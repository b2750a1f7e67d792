import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { plans } from "@/db/schema";
import { STALE_DEBRIEF_MESSAGE } from "@/server/domain/interviewer-debrief";
import { PLAN_CLOSED_MESSAGE } from "@/server/domain/plan-writable";
import { DEBRIEF_NOT_YET_MESSAGE } from "@/server/rules/goal-rules";
import { testDb } from "../db";
import { newOrg, planInput } from "../plan-api";
import { holdMeeting } from "../plan-fixtures";
import { failureOf } from "../trpc-errors";
import { planWithInterviewer } from "./fixtures";

const secret = (label: string) => `SECRET-${label}-${randomUUID()}`;

/** A joined plan with an interviewer, each side's goals private and shared, the candidate's notes, and an internal note. */
async function setUp() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const internalNote = secret("internal");
  const world = await planWithInterviewer(db, admin, planInput({ internalNote }));
  const { planId, candidate } = world;
  const c = {
    privateGoal: secret("cand-private"),
    privateDetail: secret("cand-detail"),
    sharedGoal: "Who I would report to",
    planNote: secret("cand-note"),
  };
  await candidate.caller.goal.add({ planId, kind: "doubt", text: c.privateGoal, detail: c.privateDetail, visibility: "private" });
  await candidate.caller.goal.add({ planId, kind: "establish", text: c.sharedGoal });
  await candidate.caller.preparation.saveNote({ planId, interviewerId: null, text: c.planNote, expectedVersion: null });
  const orgPrivate = "Probe the gap in 2023";
  await admin.caller.goal.add({ planId, kind: "challenge", text: orgPrivate, visibility: "private" });
  return { db, org, admin, ...world, internalNote, c, orgPrivate };
}

describe("an interviewer's view of the plan", () => {
  it("reads the organisation's side: its goals, the candidate's shared ones, counts of the preparation, never the candidate's private content", async () => {
    const { admin, planId, interviewer, candidate, internalNote, c, orgPrivate } = await setUp();
    const plan = await interviewer.caller.team.get({ planId });
    const page = await interviewer.caller.team.page({ planId });
    for (const answer of [plan, page]) {
      const text = JSON.stringify(answer);
      for (const hidden of [c.privateGoal, c.privateDetail, c.planNote, internalNote]) expect(text).not.toContain(hidden);
    }
    expect(plan.internalNote).toBeNull();
    expect(plan.me).toMatchObject({ interviewerId: interviewer.interviewerId, debriefNote: "", canSaveDebrief: false });
    expect(plan.preparation).toEqual({ stepsDone: 0, sharedGoals: 1, itemsToRevisit: expect.any(Number) });
    expect(plan.allowed).toEqual({ write: true, edit: false, share: false, resend: false, revoke: false, cancel: false, reschedule: false, close: false });
    expect(plan.firstInterview.every((i) => !i.canAgree)).toBe(true);
    expect(plan.organisationName).toBeTruthy();
    expect(page.plan).toEqual(plan);
    expect(page.goals.mySide).toBe("organisation");
    expect(page.goals.goals.map((g) => g.text)).toEqual(expect.arrayContaining([c.sharedGoal, orgPrivate]));
    // Not their goals: nothing to edit.
    expect(page.goals.goals.some((g) => g.canEdit)).toBe(false);
    expect(page.goals).toEqual(await interviewer.caller.goal.list({ planId }));
    expect(page.steps).toBeNull();

    // Members and the candidate have their own pages: to them these do not exist.
    for (const other of [admin.caller, candidate.caller]) {
      expect((await failureOf(other.team.get({ planId }))).code).toBe("NOT_FOUND");
      expect((await failureOf(other.team.page({ planId }))).code).toBe("NOT_FOUND");
    }
  });

  it("reads the internal note only once the recruiter lets interviewers read it", async () => {
    const { db, planId, interviewer, internalNote } = await setUp();
    await db.update(plans).set({ interviewersSeeInternalNote: true }).where(eq(plans.id, planId));
    expect((await interviewer.caller.team.get({ planId })).internalNote).toBe(internalNote);
    expect((await interviewer.caller.team.page({ planId })).plan.internalNote).toBe(internalNote);
  });

  it("lists the plans the user interviews for", async () => {
    const { admin, planId, interviewer } = await setUp();
    const list = await interviewer.caller.team.list();
    expect(list.map((p) => p.id)).toEqual([planId]);
    expect(list[0]).toMatchObject({ candidateName: expect.any(String), interviewerName: expect.any(String), meetingHeld: false });
    expect(await admin.caller.team.list()).toEqual([]);
  });

  it("an interviewer's goal carries their name to the candidate", async () => {
    const { planId, interviewer, candidate } = await setUp();
    const me = (await interviewer.caller.team.get({ planId })).me;
    const goal = await interviewer.caller.goal.add({ planId, kind: "team_goal", text: "How they run a research sprint" });
    const seen = (await candidate.caller.goal.list({ planId })).goals.find((g) => g.id === goal.id);
    expect(seen).toMatchObject({ interviewerName: me.name });
    expect((await interviewer.caller.team.page({ planId })).goals.goals.find((g) => g.id === goal.id)).toMatchObject({ canEdit: true });
  });
});

describe("an interviewer's debrief note", () => {
  it("opens after the meeting, is versioned, and is refused once the plan is closed", async () => {
    const { db, admin, planId, interviewer } = await setUp();
    const before = await failureOf(interviewer.caller.team.saveDebrief({ planId, note: "Too early", expectedVersion: 1 }));
    expect(before).toEqual({ code: "PRECONDITION_FAILED", message: DEBRIEF_NOT_YET_MESSAGE });

    await holdMeeting(db, planId);
    const { me } = await interviewer.caller.team.get({ planId });
    expect(me.canSaveDebrief).toBe(true);
    const saved = await interviewer.caller.team.saveDebrief({ planId, note: "Strong on research.", expectedVersion: me.version });
    expect(saved).toMatchObject({ version: me.version + 1, debriefNote: "Strong on research." });
    expect(saved.debriefedAt).toBeInstanceOf(Date);
    expect((await interviewer.caller.team.get({ planId })).me).toMatchObject({ debriefNote: "Strong on research.", version: saved.version });

    const stale = await failureOf(interviewer.caller.team.saveDebrief({ planId, note: "From another tab", expectedVersion: me.version }));
    expect(stale).toEqual({ code: "CONFLICT", message: STALE_DEBRIEF_MESSAGE });

    // Only interviewers write one.
    expect((await failureOf(admin.caller.team.saveDebrief({ planId, note: "x", expectedVersion: 1 }))).code).toBe("FORBIDDEN");

    const { version } = await admin.caller.plan.get({ planId });
    await admin.caller.plan.close({ planId, expectedVersion: version, outcome: "offer", message: "" });
    const closed = await failureOf(interviewer.caller.team.saveDebrief({ planId, note: "Late", expectedVersion: saved.version }));
    expect(closed).toEqual({ code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE });
    expect((await interviewer.caller.team.get({ planId })).me.canSaveDebrief).toBe(false);
  });
});
