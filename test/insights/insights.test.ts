import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Organisation } from "@/db/schema";
import { addMember, createOrganisation } from "@/db/seed/factories";
import { insightsFor } from "@/server/domain/insights";
import { testDb } from "../db";
import { failureOf } from "../trpc-errors";
import { callerFor, createTestUser, signIn } from "../users";
import { addInterviewer, hoursAfterEnd, hoursBefore, insertPlan, prepare, rate } from "./insights-data";

let db: Db;
let org: Organisation;
const march = { from: "2025-03-01", to: "2025-03-31" };
const now = new Date("2026-12-02T12:00:00Z");
const closedAt = new Date("2025-04-15T09:00:00Z");

/**
 * March 2025 in one organisation, every number known:
 *  p1 closed (offer), 1 Mar 00:00 (first instant of the period), prepared, agreed 10 h after, rated 5/4/5 with a named comment;
 *  p2 closed (not progressing), its last step done after the meeting started, agreed 30 h after, rated 3/2/4 anonymously;
 *  p3 cancelled: no meeting took place, so none of its preparation or interviewers count;
 *  p4 next steps agreed 72 h after, prepared, rated 4/4/3 without a comment;
 *  p5 stored "preparing", its meeting over (read as debrief), never agreed;
 *  p9 next steps agreed 2 h after;
 *  p6 a draft on 31 Mar 23:00 (last hour of the period);
 * and outside it: 1 Apr 00:00, 28 Feb 23:59, and another organisation's plan in March.
 */
beforeAll(async () => {
  db = await testDb();
  org = await createOrganisation(db);
  const other = await createOrganisation(db);
  const [ivy, ian, ida, ike] = await Promise.all(["Ivy", "Ian", "Ida", "Ike"].map((name) => createTestUser(db, { name })));

  const t1 = "2025-03-01T00:00:00Z";
  const p1 = await insertPlan(db, org.id, t1, { stage: "closed", outcome: "offer", closedAt, stepsAgreedAt: hoursAfterEnd(t1, 10), candidateName: "Nina Named" });
  await prepare(db, p1.id, hoursBefore(p1.startsAt, 48), p1.startsAt);
  await addInterviewer(db, p1.id, 1, ivy!, hoursBefore(p1.startsAt, 24));
  await addInterviewer(db, p1.id, 2, ian!, new Date(p1.startsAt.getTime() + 60_000));
  await rate(db, { planId: p1.id, orgId: org.id }, { preparation: 5, clarity: 4, overall: 5, comment: "Great day", showName: true, at: "2025-04-16T10:00:00Z" });

  const t2 = "2025-03-10T10:00:00Z";
  const p2 = await insertPlan(db, org.id, t2, { stage: "closed", outcome: "not_progressing", closedAt, stepsAgreedAt: hoursAfterEnd(t2, 30), candidateName: "Ana Secret" });
  await prepare(db, p2.id, hoursBefore(p2.startsAt, 48), new Date(p2.startsAt.getTime() + 1000));
  await rate(db, { planId: p2.id, orgId: org.id }, { preparation: 3, clarity: 2, overall: 4, comment: "Slow answers", at: "2025-04-17T10:00:00Z" });

  const p3 = await insertPlan(db, org.id, "2025-03-12T09:00:00Z", { stage: "closed", cancelledAt: closedAt, closedAt });
  await prepare(db, p3.id, hoursBefore(p3.startsAt, 48));
  await addInterviewer(db, p3.id, 1, ike!, hoursBefore(p3.startsAt, 24));

  const t4 = "2025-03-15T14:00:00Z";
  const p4 = await insertPlan(db, org.id, t4, { stage: "next_steps_agreed", stepsAgreedAt: hoursAfterEnd(t4, 72) });
  await prepare(db, p4.id, hoursBefore(p4.startsAt, 1));
  await addInterviewer(db, p4.id, 1, ida!);
  // Described but never joined: not among the interviewers counted, whatever they wrote.
  await addInterviewer(db, p4.id, 2, null, hoursBefore(p4.startsAt, 24));
  await rate(db, { planId: p4.id, orgId: org.id }, { preparation: 4, clarity: 4, overall: 3, showName: true, at: "2025-04-18T10:00:00Z" });

  await insertPlan(db, org.id, "2025-03-20T09:00:00Z", { stage: "preparing" });
  const t9 = "2025-03-25T09:00:00Z";
  await insertPlan(db, org.id, t9, { stage: "next_steps_agreed", stepsAgreedAt: hoursAfterEnd(t9, 2) });
  await insertPlan(db, org.id, "2025-03-31T23:00:00Z", { stage: "draft" });

  const t7 = "2025-04-01T00:00:00Z";
  const p7 = await insertPlan(db, org.id, t7, { stage: "closed", outcome: "offer", closedAt, stepsAgreedAt: hoursAfterEnd(t7, 1) });
  await rate(db, { planId: p7.id, orgId: org.id }, { preparation: 1, clarity: 1, overall: 1, comment: "Outside the period", at: "2025-04-19T10:00:00Z" });
  await insertPlan(db, org.id, "2025-02-28T23:59:00Z", { stage: "closed", outcome: "withdrawn", closedAt });
  const elsewhere = await insertPlan(db, other.id, "2025-03-05T09:00:00Z", { stage: "closed", outcome: "further_round", closedAt, stepsAgreedAt: hoursAfterEnd("2025-03-05T09:00:00Z", 1) });
  await rate(db, { planId: elsewhere.id, orgId: other.id }, { preparation: 1, clarity: 1, overall: 1, comment: "Another organisation", showName: true, at: "2025-04-20T10:00:00Z" });
});

describe("insights over a period with known answers", () => {
  it("counts every figure exactly, within the period's bounds and for this organisation only", async () => {
    const insights = await insightsFor(db, { orgId: org.id, period: march, now });
    expect(insights).toEqual({
      period: march,
      plans: 7,
      byStage: { draft: 1, shared: 0, preparing: 0, debrief: 1, next_steps_agreed: 2, closed: 3 },
      byOutcome: { offer: 1, further_round: 0, not_progressing: 1, withdrawn: 0, cancelled: 1 },
      preparation: { held: 5, prepared: 2, share: 0.4 },
      // 2, 10, 30 and 72 hours: the median is halfway between 10 and 30.
      agreement: { agreed: 4, medianSeconds: 20 * 3600, decided: 5, within48Hours: 3, share48Hours: 0.6 },
      interviewers: { joined: 3, prepared: 1, share: 1 / 3 },
      ratings: {
        count: 3,
        averages: { preparation: 4, clarity: 10 / 3, overall: 4 },
        distribution: { preparation: [0, 0, 1, 1, 1], clarity: [0, 1, 0, 2, 0], overall: [0, 0, 1, 1, 1] },
      },
      comments: [
        { comment: "Slow answers", ratings: { preparation: 3, clarity: 2, overall: 4 }, givenOn: "2025-04-17", name: "Anonymous candidate" },
        { comment: "Great day", ratings: { preparation: 5, clarity: 4, overall: 5 }, givenOn: "2025-04-16", name: "Nina Named" },
      ],
    });
  });

  it("an anonymous comment never carries its candidate's name", async () => {
    const json = JSON.stringify(await insightsFor(db, { orgId: org.id, period: march, now }));
    expect(json).toContain("Slow answers");
    expect(json).not.toContain("Ana Secret");
  });

  it("the period's bounds are whole UTC days, both included", async () => {
    const firstDay = await insightsFor(db, { orgId: org.id, period: { from: "2025-03-01", to: "2025-03-01" }, now });
    expect(firstDay.plans).toBe(1);
    const lastDay = await insightsFor(db, { orgId: org.id, period: { from: "2025-03-31", to: "2025-03-31" }, now });
    expect(lastDay.byStage.draft).toBe(1);
    const dayAfter = await insightsFor(db, { orgId: org.id, period: { from: "2025-04-01", to: "2025-04-01" }, now });
    expect({ plans: dayAfter.plans, ratings: dayAfter.ratings.count }).toEqual({ plans: 1, ratings: 1 });
    const before = await insightsFor(db, { orgId: org.id, period: { from: "2025-02-28", to: "2025-02-28" }, now });
    expect(before.byOutcome.withdrawn).toBe(1);
  });

  it("an empty period has zero counts and no shares, medians or averages", async () => {
    const empty = await insightsFor(db, { orgId: org.id, period: { from: "2019-01-01", to: "2019-12-31" }, now });
    expect(empty).toMatchObject({
      plans: 0,
      preparation: { held: 0, prepared: 0, share: null },
      agreement: { agreed: 0, medianSeconds: null, decided: 0, within48Hours: 0, share48Hours: null },
      interviewers: { joined: 0, prepared: 0, share: null },
      ratings: { count: 0, averages: { preparation: null, clarity: null, overall: null } },
      comments: [],
    });
  });

  it("a meeting that ended less than 48 hours ago counts toward the 48-hour share only once agreed", async () => {
    const recent = await createOrganisation(db);
    const justNow = new Date();
    const startedAgo = (hours: number) => new Date(justNow.getTime() - hours * 3_600_000).toISOString();
    await insertPlan(db, recent.id, startedAgo(3), { stage: "preparing" });
    await insertPlan(db, recent.id, startedAgo(4), { stage: "next_steps_agreed", stepsAgreedAt: new Date(justNow.getTime() - 3_600_000) });
    const today = justNow.toISOString().slice(0, 10);
    const yesterday = new Date(justNow.getTime() - 86_400_000).toISOString().slice(0, 10);
    const insights = await insightsFor(db, { orgId: recent.id, period: { from: yesterday, to: today }, now: justNow });
    expect(insights.agreement).toEqual({ agreed: 1, medianSeconds: 2 * 3600, decided: 1, within48Hours: 1, share48Hours: 1 });
    expect(insights.byStage.debrief).toBe(1);
  });
});

describe("insights.get", () => {
  it("reads the caller's active organisation, with the same figures", async () => {
    const recruiter = await createTestUser(db, { name: "Rae" });
    await addMember(db, org.id, recruiter.id, "recruiter");
    const caller = callerFor(db, await signIn(db, recruiter.id), { preferredOrgId: org.id });
    expect(await caller.insights.get(march)).toEqual(await insightsFor(db, { orgId: org.id, period: march, now: new Date() }));
  });

  it("refuses a period that is not two dates in order, or longer than three years, next to the field", async () => {
    const admin = await createTestUser(db, { name: "Ada" });
    await addMember(db, org.id, admin.id, "admin");
    const caller = callerFor(db, await signIn(db, admin.id));
    expect((await failureOf(caller.insights.get({ from: "2025-03-31", to: "2025-03-01" }))).fieldErrors).toEqual({
      to: ["The period must start on or before its last day."],
    });
    expect((await failureOf(caller.insights.get({ from: "2022-01-01", to: "2025-01-01" }))).fieldErrors).toEqual({
      from: ["Choose a period of at most 1096 days (three years)."],
    });
    expect((await caller.insights.get({ from: "2022-01-01", to: "2024-12-31" })).period.from).toBe("2022-01-01");
    expect((await failureOf(caller.insights.get({ from: "2025-02-30", to: "2025-03-01" }))).fieldErrors).toEqual({
      from: ["Enter the first day of the period as a date, like 2026-09-01."],
    });
  });
});
