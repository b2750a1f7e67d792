import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type * as OrganisationRoute from "@/app/api/plans/[planId]/summary/route";
import { plans } from "@/db/schema";
import type { PlanSummary } from "@/server/domain/plan-summary";
import { summaryPathFor } from "@/server/rules/summary";
import { testDb, testDbHandle } from "../db";
import { newOrg } from "../plan-api";
import { holds, pdfText, sessionCookieFor, summaryFor, summaryWorld, type SummaryWorld } from "./fixtures";

/**
 * Each reader's summary holds what their plan page shows and nothing else: the
 * candidate their own goals (private ones too) and the organisation's shared
 * ones, the organisation's members the reverse plus the internal note, an
 * interviewer the organisation's side with the note only once it is shared.
 * The PDF routes answer with the file, or a plain status for everyone else.
 */

type Route = typeof OrganisationRoute;
let routes: Record<"candidate" | "recruiter" | "interviewer", Route>;
let w: SummaryWorld;

beforeAll(async () => {
  const handle = await testDbHandle();
  // The routes open the app's database: the worker's test database.
  (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle, demoSeeded: false });
  routes = {
    recruiter: await import("@/app/api/plans/[planId]/summary/route"),
    candidate: await import("@/app/api/interviews/[planId]/summary/route"),
    interviewer: await import("@/app/api/team/[planId]/summary/route"),
  };
  w = await summaryWorld(await testDb());
}, 120_000);

const text = (summary: PlanSummary) => JSON.stringify(summary);
const goalTexts = (goals: { text: string }[]) => goals.map((g) => g.text);

async function get(role: keyof typeof routes, planId: string, headers: Record<string, string> = {}, query = "") {
  const url = `http://localhost:3000${summaryPathFor(role, planId)}${query}`;
  return routes[role].GET(new Request(url, { headers }), { params: Promise.resolve({ planId }) });
}

describe("the summary each reader keeps", () => {
  it("gives the candidate their own goals, private ones included, and only the organisation's shared ones", async () => {
    const summary = await summaryFor(w.candidate.caller, "candidate", w.planId);
    expect(goalTexts(summary.myGoals.goals).sort()).toEqual([w.m.candidatePrivate, w.m.candidateShared].sort());
    expect(goalTexts(summary.theirGoals.goals).sort()).toEqual([w.m.organisationShared, w.m.interviewerGoal].sort());
    expect(summary.myGoals.goals.find((g) => g.text === w.m.candidatePrivate)).toMatchObject({
      label: "Private",
      outcome: "Partly",
      outcomeNote: w.m.candidatePrivateOutcome,
    });
    expect(summary.theirGoals.goals.find((g) => g.text === w.m.interviewerGoal)?.label).toBe("Maya Chen's goal");
    expect(summary.internalNote).toBeNull();
    for (const m of w.organisationMarkers) expect(text(summary)).not.toContain(m);
    expect(summary.preparedFor).toContain("Jamie Summary (the candidate)");
  });

  it("gives the organisation's members their side's goals and the internal note, and only the candidate's shared goals", async () => {
    const summary = await summaryFor(w.admin.caller, "recruiter", w.planId);
    expect(goalTexts(summary.myGoals.goals).sort()).toEqual([w.m.organisationPrivate, w.m.organisationShared, w.m.interviewerGoal].sort());
    expect(goalTexts(summary.theirGoals.goals)).toEqual([w.m.candidateShared]);
    expect(summary.internalNote).toBe(w.m.internalNote);
    expect(summary.myGoals.goals.find((g) => g.text === w.m.organisationPrivate)).toMatchObject({ outcome: "Achieved", outcomeNote: w.m.organisationPrivateOutcome });
    for (const m of w.candidateMarkers) expect(text(summary)).not.toContain(m);
    expect(summary.preparedFor).toContain(`${w.org.name}'s team`);
  });

  it("gives an interviewer the organisation's side, the internal note only once it is shared with them", async () => {
    const before = await summaryFor(w.interviewer.caller, "interviewer", w.planId);
    expect(goalTexts(before.myGoals.goals)).toContain(w.m.organisationPrivate);
    expect(goalTexts(before.theirGoals.goals)).toEqual([w.m.candidateShared]);
    expect(before.internalNote).toBeNull();
    for (const m of [...w.candidateMarkers, w.m.internalNote]) expect(text(before)).not.toContain(m);
    expect(before.preparedFor).toContain("Maya Chen (interviewer)");

    await w.db.update(plans).set({ interviewersSeeInternalNote: true }).where(eq(plans.id, w.planId));
    try {
      const after = await summaryFor(w.interviewer.caller, "interviewer", w.planId);
      expect(after.internalNote).toBe(w.m.internalNote);
      for (const m of w.candidateMarkers) expect(text(after)).not.toContain(m);
    } finally {
      await w.db.update(plans).set({ interviewersSeeInternalNote: false }).where(eq(plans.id, w.planId));
    }
  });

  it("lists the agreed steps with when each side confirmed, the meeting on the reader's clock and the meeting's", async () => {
    const summary = await summaryFor(w.candidate.caller, "candidate", w.planId, "Asia/Tokyo");
    expect(summary.steps?.agreed).toMatch(/^Every open step agreed by both sides since .+ \(Asia\/Tokyo\)$/);
    expect(summary.steps?.items).toEqual([
      expect.objectContaining({
        description: w.m.step,
        owner: "Hiring company",
        due: "Fri 14 Mar 2031",
        confirmations: [
          expect.stringMatching(/^Confirmed by Jamie Summary \(candidate\) on .+ \(Asia\/Tokyo\)$/),
          expect.stringMatching(new RegExp(`^Confirmed by ${w.org.name} on `)),
        ],
      }),
    ]);
    const when = summary.meeting.find((row) => row.label === "When")!.value;
    expect(when).toContain("your time (Asia/Tokyo)");
    expect(when).toContain(`(${w.input.meeting.timeZone.replace(/_/g, " ")}) on the meeting's clock`);
    expect(summary.firstInterview.length).toBe(w.input.firstInterview.length);
  });
});

describe("the summary routes", () => {
  it("serve each reader their PDF as an attachment, with the agreed step and who confirmed it, and none of the other side's private content", async () => {
    const readers = [
      { role: "candidate" as const, userId: w.candidate.userId, own: [w.m.candidatePrivate, w.m.candidateShared], forbidden: w.organisationMarkers },
      { role: "recruiter" as const, userId: w.admin.user.id, own: [w.m.organisationPrivate, w.m.internalNote], forbidden: w.candidateMarkers },
      {
        role: "interviewer" as const,
        userId: w.interviewer.user.id,
        own: [w.m.interviewerGoal, w.m.organisationPrivate],
        forbidden: [...w.candidateMarkers, w.m.internalNote],
      },
    ];
    for (const reader of readers) {
      const response = await get(reader.role, w.planId, { cookie: await sessionCookieFor(w.db, reader.userId) }, "?tz=Europe/Paris");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="summary-jamie-summary-' + slug(w.input.meeting.roleTitle) + '.pdf"');
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const { text: pdf, flat } = await pdfText(new Uint8Array(await response.arrayBuffer()));
      expect(holds(flat, w.m.step)).toBe(true);
      expect(pdf).toContain("Confirmed by Jamie Summary (candidate)");
      expect(pdf).toContain(`Confirmed by ${w.org.name}`);
      expect(pdf).toContain("(Europe/Paris)");
      for (const m of reader.own) expect(holds(flat, m), `${reader.role} reads ${m}`).toBe(true);
      for (const m of reader.forbidden) expect(holds(flat, m), `${reader.role} must not read ${m}`).toBe(false);
    }
  });

  it("answer 401 to a signed-out request, and send a signed-out browser to sign in and back", async () => {
    for (const role of ["candidate", "recruiter", "interviewer"] as const) {
      expect((await get(role, w.planId)).status).toBe(401);
      const browser = await get(role, w.planId, { accept: "text/html,application/xhtml+xml" });
      expect(browser.status).toBe(303);
      expect(browser.headers.get("location")).toBe(`/sign-in?callbackUrl=${encodeURIComponent(summaryPathFor(role, w.planId))}`);
    }
  });

  it("answer 404 for another organisation's plan, a missing plan and another reader's route, and 400 for a malformed id", async () => {
    const outsider = (await newOrg(w.db)).admin;
    const outsiderCookie = await sessionCookieFor(w.db, outsider.user.id);
    expect((await get("recruiter", w.planId, { cookie: outsiderCookie })).status).toBe(404);
    expect((await get("candidate", w.planId, { cookie: outsiderCookie })).status).toBe(404);
    expect((await get("interviewer", w.planId, { cookie: outsiderCookie })).status).toBe(404);
    const candidateCookie = await sessionCookieFor(w.db, w.candidate.userId);
    expect((await get("candidate", randomUUID(), { cookie: candidateCookie })).status).toBe(404);
    // The candidate is no member: the organisation's route refuses them; nobody but the interviewer has a /team summary.
    expect((await get("recruiter", w.planId, { cookie: candidateCookie })).status).toBe(403);
    expect((await get("interviewer", w.planId, { cookie: candidateCookie })).status).toBe(404);
    expect((await get("interviewer", w.planId, { cookie: await sessionCookieFor(w.db, w.admin.user.id) })).status).toBe(404);
    for (const role of ["candidate", "recruiter", "interviewer"] as const) {
      const response = await get(role, "not-a-uuid", { cookie: candidateCookie });
      expect(response.status).toBe(role === "recruiter" ? 403 : 400);
    }
    expect((await get("recruiter", "not-a-uuid", { cookie: outsiderCookie })).status).toBe(400);
  });
});

function slug(text: string) {
  return text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 60);
}
