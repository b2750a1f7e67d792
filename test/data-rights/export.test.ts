import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { planFeedback } from "@/db/schema";
import { createSession } from "@/server/auth/sessions";
import { signSessionToken } from "@/server/auth/signed-cookie";
import { env } from "@/server/env";
import { attachInterviewer, holdMeeting } from "../plan-fixtures";
import { testDb, testDbHandle } from "../db";
import { requestHeaders } from "../request-headers";
import { callerFor, createTestUser, signIn } from "../users";
import { candidateWorld, markerOf } from "./fixtures";

const COOKIE = "authjs.session-token";
vi.mock("next/headers", async () => (await import("../request-headers")).nextHeadersMock);

describe("downloading one's data", () => {
  it("the candidate's export holds their account, their plan as they see it and everything they wrote, and nothing of the organisation's private side", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    const data = await w.candidate.caller.dataRights.export();
    const json = JSON.stringify(data);

    expect(data.account).toMatchObject({ id: w.candidate.id, email: w.candidate.email, name: w.candidate.name, notificationEmails: true });
    expect(json).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash|sessionToken/);
    expect(json).not.toContain("scrypt");
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(Object.keys(data.sessions[0]!).sort()).toEqual(["createdAt", "expiresAt", "lastSeenAt"]);

    for (const text of Object.values(w.mine)) expect(json).toContain(text);
    for (const text of Object.values(w.theirs)) expect(json).not.toContain(text);
    expect(json).not.toContain("ORGSECRET");

    const [plan] = data.asCandidate;
    expect(plan!.plan.id).toBe(w.planId);
    expect(plan!.summaryPath).toBe(`/api/interviews/${w.planId}/summary`);
    expect(plan!.panels!.goals.goals.map((g) => g.text)).toEqual(expect.arrayContaining([w.mine.privateGoal, w.mine.sharedGoal]));
    expect(plan!.panels!.preparation.stepsDone).toEqual([1]);
    expect(plan!.feedback).toBeNull();
    expect(data.memberships).toEqual([]);
  });

  it("an interviewer's export holds the goals they wrote and their debrief, not the organisation's other private content", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    const interviewer = await createTestUser(db, { name: "Ines Interviewer" });
    await attachInterviewer(db, w.planId, interviewer);
    const caller = callerFor(db, await signIn(db, interviewer.id));
    const own = markerOf("INTERVIEWER-goal");
    await caller.goal.add({ planId: w.planId, kind: "team_goal", text: own, visibility: "private" });
    const data = await caller.dataRights.export();
    const json = JSON.stringify(data);
    expect(data.asInterviewer).toHaveLength(1);
    expect(data.asInterviewer[0]!.goals.map((g) => g.text)).toEqual([own]);
    for (const text of [...Object.values(w.theirs), ...Object.values(w.mine)]) expect(json).not.toContain(text);
  });

  it("a recruiter's export lists the organisation's goals they wrote as theirs, and no candidate's private content", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    const data = await w.recruiter.caller.dataRights.export();
    const json = JSON.stringify(data);
    expect(data.memberships).toEqual([expect.objectContaining({ organisation: w.org.org.name, role: "recruiter" })]);
    expect(data.asMember.goals.map((g) => g.text)).toContain(w.theirs.privateGoal);
    expect(data.asMember.plansCreated.map((p) => p.planId)).toEqual([w.planId]);
    for (const text of [w.mine.privateGoal, w.mine.note, w.mine.acknowledgement]) expect(json).not.toContain(text);
    expect(json).not.toContain(w.theirs.internalNote);
  });

  it("is served as a JSON attachment to the signed-in user, and refused with 401 when signed out", async () => {
    const db = await testDb();
    (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle: await testDbHandle(), demoSeeded: false });
    const { GET } = await import("@/app/api/account/export/route");
    requestHeaders.cookie = "";
    const signedOut = await GET();
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe("Please sign in to continue.");

    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    requestHeaders.cookie = `${COOKIE}=${signSessionToken(sid, env().AUTH_SECRET, COOKIE)}`;
    const signedIn = await GET();
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(signedIn.headers.get("content-disposition")).toMatch(/^attachment; filename="second-round-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = JSON.parse(await signedIn.text());
    expect(body.account.email).toBe(user.email);
  });
});

describe("the candidate's rating", () => {
  it("is in their export, and after their deletion stays with the organisation anonymised, their name no longer allowed", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    await holdMeeting(db, w.planId);
    const { version } = await w.recruiter.caller.plan.get({ planId: w.planId });
    await w.recruiter.caller.plan.close({ planId: w.planId, expectedVersion: version, outcome: "offer", message: "" });
    const comment = markerOf("MINE-feedback");
    await w.candidate.caller.feedback.submit({ planId: w.planId, preparation: 4, clarity: 5, overall: 4, comment, showName: true });

    const [plan] = (await w.candidate.caller.dataRights.export()).asCandidate;
    expect(plan!.feedback).toMatchObject({ preparationRating: 4, clarityRating: 5, overallRating: 4, comment, showName: true });
    expect(plan!.feedback).not.toHaveProperty("planId");

    await w.candidate.caller.dataRights.deleteAccount({ confirmEmail: w.candidate.email });
    const [kept] = await db.select().from(planFeedback).where(eq(planFeedback.planId, w.planId));
    expect(kept).toMatchObject({ candidateUserId: null, showName: false, comment, overallRating: 4 });
  });
});
