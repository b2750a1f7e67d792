import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { Db } from "@/db/client";
import { plans } from "@/db/schema";
import type { AppRouter } from "@/server/api/root";
import { PAGE_SIZE } from "@/server/api/routers/plan";
import { COUNT_CAP, SEARCH_COUNT_CAP } from "@/server/domain/plan-list";
import { INVALID_CURSOR_MESSAGE } from "@/server/domain/plan-list-cursor";
import { testDb } from "../db";
import { newOrg, type Recruiter } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { insertPlans } from "../bulk-plans";

type ListInput = inferRouterInputs<AppRouter>["plan"]["list"];
type ListPage = inferRouterOutputs<AppRouter>["plan"]["list"];

const TIE = new Date("2027-04-01T09:00:00Z");

/** Every plan of the organisation that matches, in the order the list promises: meeting time, then id. */
async function expectedOrder(db: Db, orgId: string, keep: (p: { stage: string; candidateName: string }) => boolean) {
  const rows = await db.query.plans.findMany({ where: (p, { eq }) => eq(p.orgId, orgId) });
  return rows
    .filter(keep)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => p.id);
}

/** Follows Next from the first page to the last, then Previous back to the first. */
async function walk(recruiter: Recruiter, input: ListInput) {
  const forward: ListPage[] = [await recruiter.caller.plan.list(input)];
  while (forward.at(-1)!.nextCursor) forward.push(await recruiter.caller.plan.list({ ...input, cursor: forward.at(-1)!.nextCursor! }));
  const backward: ListPage[] = [forward.at(-1)!];
  while (backward.at(-1)!.previousCursor)
    backward.push(await recruiter.caller.plan.list({ ...input, cursor: backward.at(-1)!.previousCursor! }));
  return { forward, backward: backward.reverse() };
}

const idsOf = (pages: ListPage[]) => pages.flatMap((p) => p.items.map((i) => i.id));

describe("paging the organisation's plan list by cursor", () => {
  it("pages forward and back over plans that share a meeting time, with a stage filter and a search, and no page skips or repeats a plan", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    // 130 plans, three to a meeting time; every other one closed, every fifth named "Lovelace".
    await insertPlans(db, org.id, 130, TIE, (n) => ({
      stage: n % 2 ? "closed" : "draft",
      candidateName: n % 5 === 0 ? `Ada Lovelace ${n}` : `Candidate ${n}`,
    }));

    const cases: { input: ListInput; keep: (p: { stage: string; candidateName: string }) => boolean }[] = [
      { input: {}, keep: () => true },
      { input: { stages: ["closed"] }, keep: (p) => p.stage === "closed" },
      { input: { search: "lovelace" }, keep: (p) => p.candidateName.includes("Lovelace") },
      { input: { stages: ["draft"], search: "LOVELACE" }, keep: (p) => p.stage === "draft" && p.candidateName.includes("Lovelace") },
    ];
    for (const { input, keep } of cases) {
      const expected = await expectedOrder(db, org.id, keep);
      const { forward, backward } = await walk(admin, input);
      expect(idsOf(forward)).toEqual(expected);
      expect(idsOf(backward)).toEqual(expected);
      // Every page but the last is full, says where it starts and how many there are.
      expect(forward.map((p) => p.items.length)).toEqual(
        Array.from({ length: Math.ceil(expected.length / PAGE_SIZE) }, (_, i) => Math.min(PAGE_SIZE, expected.length - i * PAGE_SIZE)),
      );
      expect(forward.map((p) => p.offset)).toEqual(forward.map((_, i) => i * PAGE_SIZE));
      expect(backward.map((p) => p.offset)).toEqual(forward.map((p) => p.offset));
      expect(new Set(forward.map((p) => p.total))).toEqual(new Set([expected.length]));
      expect(forward[0]!.previousCursor).toBeNull();
      expect(forward.at(-1)!.nextCursor).toBeNull();
    }
  });

  it("gives the same page for the same cursor (a reload or a shared link), and refills a short first page", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    await insertPlans(db, org.id, 45, TIE);
    const first = await admin.caller.plan.list({});
    const second = await admin.caller.plan.list({ cursor: first.nextCursor! });
    expect((await admin.caller.plan.list({ cursor: first.nextCursor! })).items).toEqual(second.items);

    // Plans of the first page removed meanwhile: Previous shows a full first page instead of a short one.
    await db.delete(plans).where(eqId(first.items[0]!.id));
    const back = await admin.caller.plan.list({ cursor: second.previousCursor! });
    expect(back).toMatchObject({ offset: 0, previousCursor: null, total: 44 });
    expect(back.items.map((p) => p.id)).toEqual([...first.items.slice(1), second.items[0]!].map((p) => p.id));
  });

  it("answers an empty list, and a page whose plans were all removed, with no cursors to follow", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    expect(await admin.caller.plan.list({})).toMatchObject({
      items: [],
      total: 0,
      totalCapped: false,
      offset: 0,
      nextCursor: null,
      previousCursor: null,
    });
    await insertPlans(db, org.id, 25, TIE);
    const first = await admin.caller.plan.list({});
    expect(await admin.caller.plan.list({ search: "nobody by that name" })).toMatchObject({ items: [], total: 0, nextCursor: null });
    const last = await admin.caller.plan.list({ cursor: first.nextCursor! });
    for (const p of last.items) await db.delete(plans).where(eqId(p.id));
    expect(await admin.caller.plan.list({ cursor: first.nextCursor! })).toMatchObject({
      items: [],
      total: 20,
      nextCursor: null,
      previousCursor: null,
    });
  });

  it("refuses a malformed or tampered cursor with a clear 400, and pages from a forged well-formed one", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    await insertPlans(db, org.id, 30, TIE);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const id = "00000000-0000-0000-0000-000000000000";
    const broken = [
      "not a cursor!",
      "x".repeat(301),
      "bm90IGpzb24",
      encode({ direction: "after" }),
      encode(["a", "2027-02-30T10:00:00.000000Z", id, 0]),
      encode(["a", "1969-12-31T23:59:59.000000Z", id, 0]),
      encode(["a", "2027-01-01 10:00:00+00", id, 0]),
      encode(["a", "2027-01-01T10:00:00.000000Z", "not-a-uuid", 0]),
      encode(["a", "2027-01-01T10:00:00.000000Z", id.toUpperCase().replace(/0/g, "A"), 0]),
      encode(["a", "2027-01-01T10:00:00.000000Z", id, -1]),
      encode(["a", "2027-01-01T10:00:00.000000Z", id, 1.5]),
      encode(["x", "2027-01-01T10:00:00.000000Z", id, 0]),
    ];
    for (const cursor of broken) {
      const failure = await failureOf(admin.caller.plan.list({ cursor }));
      expect(failure.code, cursor).toBe("BAD_REQUEST");
      expect(failure.fieldErrors, cursor).toEqual({ cursor: [INVALID_CURSOR_MESSAGE] });
    }

    // Well-formed but made up: it names a place in the list, and the list pages from there (of this organisation only).
    const all = idsOf((await walk(admin, {})).forward);
    const afterTheFirstTie = await admin.caller.plan.list({ cursor: encode(["a", "2027-04-01T09:00:00.000000Z", "ffffffff-ffff-ffff-ffff-ffffffffffff", 0]) });
    expect(afterTheFirstTie.items.map((p) => p.id)).toEqual(all.slice(3, 23));
  });

  it(`counts exactly up to ${COUNT_CAP} plans (${SEARCH_COUNT_CAP} when searching) and says "more than" past it`, async () => {
    const db = await testDb();
    const atCap = await newOrg(db);
    await insertPlans(db, atCap.org.id, COUNT_CAP, TIE, (n) => ({ candidateName: n < SEARCH_COUNT_CAP ? `Ada Lovelace ${n}` : `Candidate ${n}` }));
    expect(await atCap.admin.caller.plan.list({})).toMatchObject({ total: COUNT_CAP, totalCapped: false });
    expect(await atCap.admin.caller.plan.list({ search: "lovelace" })).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: false });

    const { org, admin } = await newOrg(db);
    await insertPlans(db, org.id, COUNT_CAP + 10, TIE, (n) => ({ stage: n < 7 ? "closed" : "draft", candidateName: n === 600 ? "Grace Hopper" : `Candidate ${n}` }));
    const first = await admin.caller.plan.list({});
    expect(first).toMatchObject({ total: COUNT_CAP, totalCapped: true, offset: 0 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(await admin.caller.plan.list({ stages: ["draft"] })).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(await admin.caller.plan.list({ stages: ["closed"] })).toMatchObject({ total: 7, totalCapped: false });
    expect(await admin.caller.plan.list({ search: "hopper" })).toMatchObject({ total: 1, totalCapped: false });
    const searched = await admin.caller.plan.list({ search: "candidate" });
    expect(searched).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(searched.items).toHaveLength(PAGE_SIZE);
  });
});

function eqId(id: string) {
  return eq(plans.id, id);
}
