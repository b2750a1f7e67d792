import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { jobs, organisations, outbox, planEvents, plans } from "@/db/schema";
import { sweepRetention } from "@/server/domain/retention";
import { runDueJobs } from "@/server/jobs/queue";
import { retentionHandlers, scheduleRetentionSweep, RETENTION_INTERVAL_MS } from "@/server/jobs/retention";
import { FORMER_CANDIDATE } from "@/server/rules/retention";
import { testDb } from "../db";
import { newOrg, planInput, sharedPlan, type Org } from "../plan-api";
import { candidateWorld, closedMonthsAgo } from "./fixtures";

const DAY = 86_400_000;

async function orgWithRetention(db: Db, months: number): Promise<Org> {
  const org = await newOrg(db);
  await org.admin.caller.dataRights.setRetention({ retentionMonths: months });
  return org;
}

async function closedPlan(db: Db, org: Org, closedMonths: number, shiftDays = 0) {
  const { planId } = await sharedPlan(db, org.admin, planInput({ candidateName: "Sam Closed" }));
  const closedAt = await closedMonthsAgo(db, planId, closedMonths);
  if (shiftDays) await db.update(plans).set({ closedAt: new Date(closedAt.getTime() + shiftDays * DAY) }).where(eq(plans.id, planId));
  return planId;
}

const planRow = async (db: Db, planId: string) => (await db.select().from(plans).where(eq(plans.id, planId)))[0]!;
const noticesTo = (db: Db, email: string) => db.select().from(outbox).where(and(eq(outbox.toAddress, email), eq(outbox.kind, "retention_notice")));
const erasures = (db: Db, planIds: string[]) =>
  db.select().from(planEvents).where(and(inArray(planEvents.planId, planIds), eq(planEvents.type, "candidate_data_erased")));

/** A sweep in its own transaction, as the job runs it. */
const sweep = (db: Db, now = new Date(), batch?: number) => db.transaction((tx) => sweepRetention(tx, now, batch));

describe("the retention period", () => {
  it("anonymises a plan closed longer ago than its organisation keeps data, and tells the admins once about one due within the notice period", async () => {
    const db = await testDb();
    const twelve = await orgWithRetention(db, 12);
    const longer = await orgWithRetention(db, 24);
    const w = await candidateWorld(db);
    await w.org.admin.caller.dataRights.setRetention({ retentionMonths: 12 });
    await closedMonthsAgo(db, w.planId, 13);
    const past = await closedPlan(db, twelve, 13);
    // Due in a week: inside the 14 days' notice.
    const soon = await closedPlan(db, twelve, 12, 7);
    // Due in a month: not yet even a notice.
    const later = await closedPlan(db, twelve, 11);
    const kept = await closedPlan(db, longer, 13);

    await sweep(db);

    for (const planId of [w.planId, past]) {
      const plan = await planRow(db, planId);
      expect(plan).toMatchObject({ candidateName: FORMER_CANDIDATE, candidateUserId: null });
      expect(plan.anonymisedAt).toBeInstanceOf(Date);
    }
    expect((await erasures(db, [past]))[0]).toMatchObject({ audience: "organisation", data: { reason: "retention" } });
    // The candidate keeps their account: only this plan's data went, private content first.
    const candidateView = await w.candidate.caller.interview.list();
    expect(candidateView.map((p) => p.id)).not.toContain(w.planId);
    expect(JSON.stringify(await w.recruiter.caller.plan.page({ planId: w.planId }))).not.toContain(w.mine.privateGoal);

    for (const planId of [soon, later, kept]) expect(await planRow(db, planId)).toMatchObject({ candidateName: "Sam Closed", anonymisedAt: null });
    expect((await planRow(db, soon)).retentionNoticeAt).toBeInstanceOf(Date);
    expect((await planRow(db, later)).retentionNoticeAt).toBeNull();
    expect((await planRow(db, kept)).retentionNoticeAt).toBeNull();

    const [notice] = await noticesTo(db, twelve.admin.user.email);
    expect(notice!.subject).toBe(`1 closed plan of ${twelve.org.name} will be anonymised soon`);
    expect(notice!.textBody).toContain("- 1 plan on ");
    expect(notice!.textBody).toContain("/settings/organisation");
    expect(notice!.textBody).not.toContain("Sam Closed");
    expect(await noticesTo(db, longer.admin.user.email)).toEqual([]);

    // Again: nothing more is anonymised, noticed or sent.
    await sweep(db);
    expect(await noticesTo(db, twelve.admin.user.email)).toHaveLength(1);
    expect(await erasures(db, [w.planId, past])).toHaveLength(2);

    // A longer period re-arms the notice: the admins hear again before the new date.
    await twelve.admin.caller.dataRights.setRetention({ retentionMonths: 13 });
    expect((await planRow(db, soon)).retentionNoticeAt).toBeNull();
    await twelve.admin.caller.dataRights.setRetention({ retentionMonths: 12 });
    await sweep(db);
    expect(await noticesTo(db, twelve.admin.user.email)).toHaveLength(2);

    // Past its date, the noticed plan goes too.
    await sweep(db, new Date(Date.now() + 8 * DAY));
    expect((await planRow(db, soon)).anonymisedAt).toBeInstanceOf(Date);
    expect((await planRow(db, kept)).anonymisedAt).toBeNull();
  });

  it("runs concurrently without anonymising a plan twice, and works through a backlog in batches", async () => {
    const db = await testDb();
    const org = await orgWithRetention(db, 1);
    const planIds: string[] = [];
    for (let i = 0; i < 5; i++) planIds.push(await closedPlan(db, org, 3));

    const runs = await Promise.all([sweep(db, new Date(), 2), sweep(db, new Date(), 2)]);
    for (const run of runs) expect(run.anonymised).toBeLessThanOrEqual(2);
    expect(runs.some((r) => r.more)).toBe(true);
    for (let i = 0; i < 5 && (await sweep(db, new Date(), 2)).more; i++);
    const rows = await db.select({ anonymisedAt: plans.anonymisedAt }).from(plans).where(inArray(plans.id, planIds));
    expect(rows.every((r) => r.anonymisedAt !== null)).toBe(true);
    expect(await erasures(db, planIds)).toHaveLength(5);
  });

  it("is a durable job: every instance schedules the same hourly run, which schedules the next", async () => {
    const db = await testDb();
    const org = await orgWithRetention(db, 1);
    // A moment of its own, before any other test's (test/purge.test.ts works back from 1980): the worker then runs
    // only this test's job, never another test's due ones; and this test's jobs are gone before another worker looks.
    const now = new Date(Date.UTC(1700, 0, 1) - Math.floor(Math.random() * 20_000) * RETENTION_INTERVAL_MS);
    const planId = await closedPlan(db, org, 2);
    await db.update(plans).set({ closedAt: new Date(now.getTime() - 60 * DAY) }).where(eq(plans.id, planId));
    await Promise.all([scheduleRetentionSweep(db, now), scheduleRetentionSweep(db, now)]);
    const key = `retention_sweep:${now.toISOString()}`;
    expect(await db.select().from(jobs).where(eq(jobs.dedupeKey, key))).toHaveLength(1);
    expect((await runDueJobs(db, retentionHandlers, { now: new Date(now.getTime() + 1000) })).failed).toBe(0);
    expect((await db.select().from(jobs).where(eq(jobs.dedupeKey, key)))[0]!.status).toBe("done");
    const next = `retention_sweep:${new Date(now.getTime() + RETENTION_INTERVAL_MS).toISOString()}`;
    const scheduled = await db.delete(jobs).where(inArray(jobs.dedupeKey, [key, next])).returning();
    expect(scheduled.map((j) => j.dedupeKey).sort()).toEqual([key, next].sort());
    expect((await planRow(db, planId)).anonymisedAt).toBeInstanceOf(Date);
  });

  it("is set by the organisation's admins, from 1 to 120 months, with a clear message otherwise", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    expect(await admin.caller.dataRights.retention()).toEqual({ retentionMonths: 12 });
    expect(await admin.caller.dataRights.setRetention({ retentionMonths: 36 })).toEqual({ retentionMonths: 36 });
    const [row] = await db.select({ months: organisations.retentionMonths }).from(organisations).where(eq(organisations.id, org.id));
    expect(row!.months).toBe(36);
    for (const [months, message] of [
      [0, "Keep candidate data at least 1 month."],
      [121, "Keep candidate data at most 120 months (ten years)."],
      [1.5, "Enter the retention period in whole months."],
    ] as const) {
      const refusal = await admin.caller.dataRights.setRetention({ retentionMonths: months }).catch((e: unknown) => e);
      expect(JSON.stringify(refusal)).toContain(message);
    }
  });
});
