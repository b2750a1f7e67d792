import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { goals, nextSteps, plans } from "@/db/schema";
import { PLAN_CLOSED_MESSAGE } from "@/server/domain/plan-writable";
import { testDb } from "../db";
import { debriefSetUp } from "../next-steps/fixtures";
import { joinedPlan, newOrg } from "../plan-api";

/**
 * "May this plan still change?" is asked under the plan's row lock inside
 * each command's transaction: a write started together with the close either
 * lands before it or is refused with the one closed wording, never after
 * closedAt. On PostgreSQL the calls really run at once, on a pool.
 */
async function settle(calls: (() => Promise<unknown>)[]) {
  return Promise.allSettled(calls.map((call) => call()));
}

function expectLandedOrRefusedAsClosed(results: PromiseSettledResult<unknown>[]) {
  for (const result of results)
    if (result.status === "rejected") {
      expect(result.reason).toBeInstanceOf(TRPCError);
      expect(result.reason).toMatchObject({ code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE });
    }
}

async function closedAtOf(planId: string) {
  const [plan] = await (await testDb()).select({ closedAt: plans.closedAt }).from(plans).where(eq(plans.id, planId));
  expect(plan!.closedAt).toBeInstanceOf(Date);
  return plan!.closedAt!;
}

/**
 * The id of the transaction that last wrote each row (xmin). A transaction
 * gets its id when it first locks or writes a row, here the plan's row lock,
 * so comparing ids compares who took the plan's lock first: a row written
 * after the close would carry a larger id than the closed plan row. Timestamps
 * could not tell: now() is when a transaction began, not when it got the lock.
 */
async function writerIds(table: typeof goals | typeof nextSteps | typeof plans, column: typeof goals.planId | typeof nextSteps.planId | typeof plans.id, planId: string) {
  const rows = await (await testDb())
    .select({ xid: sql<string>`xmin::text` })
    .from(table)
    .where(eq(column, planId));
  return rows.map((r) => BigInt(r.xid));
}

async function closingTransactionId(planId: string) {
  const [xid] = await writerIds(plans, plans.id, planId);
  return xid!;
}

describe("writes racing a close", () => {
  it("goal adds started with the close land before closedAt or are refused as closed", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const { version } = await admin.caller.plan.get({ planId });
    const add = (i: number) => () => candidate.caller.goal.add({ planId, kind: "learn", text: `Raced goal ${i}` });
    const close = () => admin.caller.plan.close({ planId, expectedVersion: version, outcome: "not_progressing" });

    // The close first: its checks take a little longer, so the adds' transactions start around its own.
    const results = await settle([close, ...Array.from({ length: 12 }, (_, i) => add(i))]);
    expect(results[0]!.status).toBe("fulfilled");
    const adds = results.slice(1);
    expectLandedOrRefusedAsClosed(adds);

    const stored = await db.select({ id: goals.id }).from(goals).where(eq(goals.planId, planId));
    const landed = adds.flatMap((r) => (r.status === "fulfilled" ? [(r.value as { id: string }).id] : []));
    // Exactly the adds that were answered ok are stored, each written by a transaction that locked the plan before the close.
    expect(new Set(stored.map((g) => g.id))).toEqual(new Set(landed));
    const closer = await closingTransactionId(planId);
    for (const writer of await writerIds(goals, goals.planId, planId)) expect(writer < closer).toBe(true);
  });

  it("step confirmations started with the close land before closedAt or are refused as closed", async () => {
    const s = await debriefSetUp();
    const { db, planId } = s;
    const stepIds: string[] = [];
    for (let i = 0; i < 10; i++)
      stepIds.push((await s.admin.caller.nextStep.propose({ planId, description: `Step ${i}`, owner: "recruiter" })).id);
    const { version } = await s.admin.caller.plan.get({ planId });
    const confirm = (stepId: string) => () => s.candidate.caller.nextStep.confirm({ planId, stepId, expectedVersion: 1 });
    const close = () => s.admin.caller.plan.close({ planId, expectedVersion: version, outcome: "offer" });

    const results = await settle([close, ...stepIds.map(confirm)]);
    expect(results[0]!.status).toBe("fulfilled");
    const confirms = results.slice(1);
    expectLandedOrRefusedAsClosed(confirms);

    const closedAt = await closedAtOf(planId);
    const stored = await db.select().from(nextSteps).where(eq(nextSteps.planId, planId));
    const confirmed = stored.filter((step) => step.candidateConfirmedAt);
    expect(confirmed).toHaveLength(confirms.filter((r) => r.status === "fulfilled").length);
    for (const step of confirmed) expect(step.candidateConfirmedAt!.getTime()).toBeLessThanOrEqual(closedAt.getTime());
    const closer = await closingTransactionId(planId);
    for (const writer of await writerIds(nextSteps, nextSteps.planId, planId)) expect(writer < closer).toBe(true);
    // Anything asked once the close has committed is refused, whatever was in flight.
    const late = stored.find((step) => !step.candidateConfirmedAt) ?? stored[0]!;
    await expect(confirm(late.id)()).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE });
  });

  it("a flag started with a cancel lands before it or is refused as closed", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    const plan = await admin.caller.plan.get({ planId });
    const items = plan.firstInterview;
    const flag = (i: number) => () =>
      candidate.caller.consistency.flag({ planId, itemId: items[i]!.id, expectedVersion: items[i]!.version, comment: `Raced flag ${i}` });
    // A flag bumps the plan's version, so the cancel may itself be refused as stale: then it is retried from the new version.
    const cancel = async () => {
      for (;;) {
        const { version, stage } = await admin.caller.plan.get({ planId });
        if (stage === "closed") return;
        try {
          return await admin.caller.plan.cancel({ planId, expectedVersion: version });
        } catch (error) {
          if (!(error instanceof TRPCError && error.code === "CONFLICT")) throw error;
        }
      }
    };

    const results = await settle([flag(0), cancel, flag(1), flag(2)]);
    expect(results[1]!.status).toBe("fulfilled");
    const flags = results.filter((_, i) => i !== 1);
    expectLandedOrRefusedAsClosed(flags);
    const after = await candidate.caller.interview.get({ planId });
    expect(after.stage).toBe("closed");
    const flagged = after.firstInterview.filter((i) => i.status === "to_revisit");
    expect(flagged).toHaveLength(flags.filter((r) => r.status === "fulfilled").length);
    for (const item of flagged) expect(item.flaggedAt!.getTime()).toBeLessThanOrEqual(after.cancelledAt!.getTime());
  });
});
