import { QueryClient } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { beforeAll, describe, expect, it } from "vitest";
import { seedCandidatePlanPage, seedRecruiterPlanPage } from "@/server/api/plan-pages";
import { appRouter, createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { createSession, findActiveSession } from "@/server/auth/sessions";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";
import { testDatabaseUrl, testDb } from "@/test/db";
import { joinedPlan, newOrg, type Org } from "@/test/plan-api";
import { costOfRequest } from "@/test/request-cost";
import { holdMeeting } from "@/test/plan-fixtures";
import type { Caller } from "@/test/users";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { env } from "@/server/env";

/**
 * A plan view costs at most 4 SQL statements whatever the plan's size, the
 * session check included: counted through the router (every middleware runs)
 * from the session cookie's row to the answer, for a bare plan and for one
 * with 50 goals, more interviewers' notes, steps, flags and comments.
 */
const BUDGET = 4;

let db: Db;
let org: Org;
/** The session tokens the browsers' cookies name. */
let adminToken: string;
const plans = {} as Record<"bare" | "full", { planId: string; candidateToken: string }>;

async function fillPlan(recruiter: Caller, candidate: Caller, planId: string) {
  for (let i = 0; i < 25; i++) {
    const visibility = i % 2 ? "shared" : "private";
    await recruiter.goal.add({ planId, kind: "team_goal", text: `Team goal ${i}`, detail: "", priority: "should", visibility });
    await candidate.goal.add({ planId, kind: "must_know", text: `Must know ${i}`, detail: "", priority: "must", visibility });
  }
  await holdMeeting(db, planId);
  const plan = await recruiter.plan.get({ planId });
  for (const item of plan.firstInterview.slice(0, 2)) {
    await candidate.consistency.flag({ planId, itemId: item.id, expectedVersion: item.version, comment: "Let us revisit this" });
    await recruiter.consistency.reply({ planId, itemId: item.id, text: "Happy to" });
  }
  for (let i = 0; i < 3; i++) await recruiter.nextStep.propose({ planId, description: `Step ${i}`, owner: "recruiter", dueOn: null });
}

beforeAll(async () => {
  db = await testDb();
  org = await newOrg(db);
  adminToken = await createSession(db, org.admin.user.id);
  for (const size of ["bare", "full"] as const) {
    const { planId, candidate } = await joinedPlan(db, org.admin);
    plans[size] = { planId, candidateToken: await createSession(db, candidate.userId) };
    if (size === "full") await fillPlan(org.admin.caller, candidate.caller, planId);
  }
});

function keysFor() {
  return createTRPCOptionsProxy({ router: appRouter, ctx: () => createInnerContext({ db }), queryClient: new QueryClient() });
}

/** Statements per view and plan size, to hold the count to the same whatever the plan holds. */
const counted: Record<string, Partial<Record<"bare" | "full", number>>> = {};
function record(view: string, size: "bare" | "full", statements: string[]) {
  (counted[view] ??= {})[size] = statements.length;
  expect(statements.length).toBeLessThanOrEqual(BUDGET);
}

describe.each(["bare", "full"] as const)("a plan view of a %s plan", (size) => {
  const candidate = () => ({ sessionToken: plans[size].candidateToken });
  const recruiter = () => ({ sessionToken: adminToken, preferredOrgId: org.org.id });

  it(`interview.get costs at most ${BUDGET} statements`, async () => {
    const { planId } = plans[size];
    const { statements } = await costOfRequest(db, candidate(), (c) => c.interview.get({ planId }));
    record("interview.get", size, statements);
  });

  it(`plan.get costs at most ${BUDGET} statements`, async () => {
    const { planId } = plans[size];
    const { statements } = await costOfRequest(db, recruiter(), (c) => c.plan.get({ planId }));
    record("plan.get", size, statements);
  });

  it(`the candidate's plan page reads everything it shows in at most ${BUDGET} statements, seeding what each panel's procedure answers`, async () => {
    const { planId } = plans[size];
    const queryClient = new QueryClient();
    const { statements, result: caller } = await costOfRequest(db, candidate(), async (c) => {
      await c.account.me();
      await seedCandidatePlanPage(c, keysFor(), queryClient, planId, "plan");
      return c;
    });
    record("candidate page", size, statements);
    const keys = keysFor();
    expect(queryClient.getQueryData(keys.interview.get.queryKey({ planId }))).toEqual(await caller.interview.get({ planId }));
    expect(queryClient.getQueryData(keys.goal.list.queryKey({ planId }))).toEqual(await caller.goal.list({ planId }));
    expect(queryClient.getQueryData(keys.preparation.get.queryKey({ planId }))).toEqual(await caller.preparation.get({ planId }));
    expect(queryClient.getQueryData(keys.timeline.list.queryKey({ planId, limit: TIMELINE_PAGE_SIZE }))).toEqual(
      await caller.timeline.list({ planId, limit: TIMELINE_PAGE_SIZE }),
    );
    const followUp = size === "full";
    expect(queryClient.getQueryData(keys.nextStep.list.queryKey({ planId }))).toEqual(followUp ? await caller.nextStep.list({ planId }) : undefined);
    expect(queryClient.getQueryData(keys.debrief.openQuestions.queryKey({ planId }))).toEqual(
      followUp ? await caller.debrief.openQuestions({ planId }) : undefined,
    );
  });

  it(`the candidate's preparation page seeds only what it shows, in at most ${BUDGET} statements`, async () => {
    const { planId } = plans[size];
    const queryClient = new QueryClient();
    const { statements, result: caller } = await costOfRequest(db, candidate(), async (c) => {
      await c.account.me();
      await seedCandidatePlanPage(c, keysFor(), queryClient, planId, "prepare");
      return c;
    });
    record("prepare page", size, statements);
    const keys = keysFor();
    expect(queryClient.getQueryData(keys.preparation.get.queryKey({ planId }))).toEqual(await caller.preparation.get({ planId }));
    expect(queryClient.getQueryData(keys.goal.list.queryKey({ planId }))).toEqual(await caller.goal.list({ planId }));
    expect(queryClient.getQueryData(keys.timeline.list.queryKey({ planId, limit: TIMELINE_PAGE_SIZE }))).toBeUndefined();
  });

  it(`the recruiter's plan page reads everything it shows in at most ${BUDGET} statements, seeding what each panel's procedure answers`, async () => {
    const { planId } = plans[size];
    const queryClient = new QueryClient();
    const { statements, result: caller } = await costOfRequest(db, recruiter(), async (c) => {
      await c.account.me();
      await seedRecruiterPlanPage(c, keysFor(), queryClient, planId);
      return c;
    });
    record("recruiter page", size, statements);
    const keys = keysFor();
    expect(queryClient.getQueryData(keys.plan.get.queryKey({ planId }))).toEqual(await caller.plan.get({ planId }));
    expect(queryClient.getQueryData(keys.goal.list.queryKey({ planId }))).toEqual(await caller.goal.list({ planId }));
    expect(queryClient.getQueryData(keys.timeline.list.queryKey({ planId, limit: TIMELINE_PAGE_SIZE }))).toEqual(
      await caller.timeline.list({ planId, limit: TIMELINE_PAGE_SIZE }),
    );
    const followUp = size === "full";
    expect(queryClient.getQueryData(keys.nextStep.list.queryKey({ planId }))).toEqual(followUp ? await caller.nextStep.list({ planId }) : undefined);
    expect(queryClient.getQueryData(keys.debrief.openQuestions.queryKey({ planId }))).toEqual(
      followUp ? await caller.debrief.openQuestions({ planId }) : undefined,
    );
  });
});

describe("a plan view's cost", () => {
  it("does not grow with the plan's goals, interviewers' notes, items, comments and steps", () => {
    for (const [view, sizes] of Object.entries(counted)) expect({ view, full: sizes.full }).toEqual({ view, full: sizes.bare });
    expect(Object.keys(counted)).toHaveLength(5);
  });
});

// PostgreSQL only: the embedded PGlite has no connections whose statements could be prepared.
if (env().DATABASE_URL)
  describe("on PostgreSQL, a repeated plan view", () => {
  it("is not parsed again: its statement is prepared once per connection and executed from then on", async () => {
    const handle = await createDb({ databaseUrl: await testDatabaseUrl(), poolSize: 1 });
    try {
      const caller = createCaller(createInnerContext({ db: handle.db, session: await findActiveSession(handle.db, plans.full.candidateToken) }));
      for (let i = 0; i < 3; i++) await caller.interview.get({ planId: plans.full.planId });
      const prepared = await handle.db.execute<{ statement: string; runs: number }>(
        sql`select statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements where statement like '%plan_interviewers%'`,
      );
      // postgres.js answers an array of rows.
      expect((prepared as unknown as { runs: number }[]).map((r) => r.runs)).toEqual([3]);
    } finally {
      await handle.close();
    }
  });
});
