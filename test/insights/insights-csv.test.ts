import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { Organisation } from "@/db/schema";
import { addMember, createOrganisation } from "@/db/seed/factories";
import { createSession } from "@/server/auth/sessions";
import { signSessionToken } from "@/server/auth/signed-cookie";
import { csvCell } from "@/server/domain/insights-csv";
import { env } from "@/server/env";
import { testDb, testDbHandle } from "../db";
import { requestHeaders } from "../request-headers";
import { createTestUser } from "../users";
import { insertPlan, rate } from "./insights-data";

const COOKIE = "authjs.session-token";
vi.mock("next/headers", async () => (await import("../request-headers")).nextHeadersMock);

let db: Db;
let org: Organisation;

async function signedInAs(userId: string) {
  const sid = await createSession(db, userId);
  requestHeaders.cookie = `${COOKIE}=${signSessionToken(sid, env().AUTH_SECRET, COOKIE)}; sr-org=${org.id}`;
}

async function download(query: string) {
  const { GET } = await import("@/app/api/insights.csv/route");
  return GET(new Request(`http://localhost:3000/api/insights.csv${query}`));
}

beforeAll(async () => {
  db = await testDb();
  (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle: await testDbHandle(), demoSeeded: false });
  org = await createOrganisation(db);
  const t = "2025-06-10T09:00:00Z";
  const plan = await insertPlan(db, org.id, t, { stage: "closed", outcome: "offer", closedAt: new Date("2025-06-12T09:00:00Z"), candidateName: "Hidden Person" });
  await rate(db, { planId: plan.id, orgId: org.id }, { preparation: 5, clarity: 4, overall: 3, comment: '=HYPERLINK("http://evil.example","click"), said "hi"\nthanks', at: "2025-06-13T10:00:00Z" });
});

describe("csvCell", () => {
  it("quotes every cell, doubles its quotes and defuses a leading formula character", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    for (const lead of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${lead}1+1`)).toBe(`"'${lead}1+1"`);
    expect(csvCell(3)).toBe('"3"');
    expect(csvCell(null)).toBe('""');
  });
});

describe("GET /api/insights.csv", () => {
  it("serves the period's figures and comments as CSV to a member with insights.view, anonymous and formula-safe", async () => {
    const recruiter = await createTestUser(db);
    await addMember(db, org.id, recruiter.id, "recruiter");
    await signedInAs(recruiter.id);
    const response = await download("?from=2025-06-01&to=2025-06-30");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="insights-2025-06-01-to-2025-06-30.csv"');
    const body = await response.text();
    const lines = body.split("\r\n");
    expect(lines[0]).toBe('"Section","Measure","Value"');
    expect(lines).toContain('"Plans","Plans whose meeting starts in the period","1"');
    expect(lines).toContain('"Closed plans by outcome","Offer","1"');
    expect(lines).toContain('"Candidate ratings","Overall: rated 3","1"');
    expect(lines).toContain('"Given on","Candidate","Preparation","Clarity of next steps","Overall","Comment"');
    expect(body).toContain(`"2025-06-13","Anonymous candidate","5","4","3","'=HYPERLINK(""http://evil.example"",""click""), said ""hi""\nthanks"`);
    expect(body).not.toContain("Hidden Person");
  });

  it("answers 401 signed out, 403 to someone without insights.view, 400 for a bad period", async () => {
    requestHeaders.cookie = "";
    const signedOut = await download("?days=30");
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe("Please sign in to continue.");

    const candidate = await createTestUser(db);
    await signedInAs(candidate.id);
    expect((await download("?days=30")).status).toBe(403);

    const admin = await createTestUser(db);
    await addMember(db, org.id, admin.id, "admin");
    await signedInAs(admin.id);
    const reversed = await download("?from=2025-06-30&to=2025-06-01");
    expect(reversed.status).toBe(400);
    expect(await reversed.text()).toBe("The period must start on or before its last day.");
    const garbage = await download("?from=yesterday&to=2025-06-01");
    expect(garbage.status).toBe(400);
    expect(await garbage.text()).toBe("Enter the first day of the period as a date, like 2026-09-01.");
    expect((await download("?days=90")).status).toBe(200);
  });
});
