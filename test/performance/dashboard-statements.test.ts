import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { createSession, findActiveSession } from "@/server/auth/sessions";
import { env } from "@/server/env";
import { testDatabaseUrl, testDb } from "@/test/db";
import { joinedPlan, newOrg, planInput, type Org } from "@/test/plan-api";
import { costOfRequest } from "@/test/request-cost";

/**
 * A page of the dashboard costs 3 statements, the session check included — the page of plans with each plan's
 * preparation counts, and the capped count — whether it searches or not and however many plans it shows.
 */
let db: Db;
let org: Org;
let token: string;

beforeAll(async () => {
  db = await testDb();
  org = await newOrg(db);
  token = await createSession(db, org.admin.user.id);
  for (let i = 0; i < 3; i++) {
    const { planId, candidate } = await joinedPlan(db, org.admin, planInput({ candidateName: i < 2 ? `Ada Okafor ${i}` : "Lin Chen" }));
    await candidate.caller.goal.add({ planId, kind: "must_know", text: `Shared goal ${i}`, detail: "", priority: "must", visibility: "shared" });
  }
});

function listCost(input: { search?: string }) {
  return costOfRequest(db, { sessionToken: token, preferredOrgId: org.org.id }, (caller) => caller.plan.list(input));
}

describe("a page of the dashboard", () => {
  it("costs 3 statements with its preparation counts, and shows them", async () => {
    const { statements, result } = await listCost({});
    expect(statements).toHaveLength(3);
    expect(result.items).toHaveLength(3);
    expect(result.items.map((p) => p.preparation.sharedGoals)).toEqual([1, 1, 1]);
  });

  it("costs the same 3 statements with a search", async () => {
    const { statements, result } = await listCost({ search: "Okafor" });
    expect(statements).toHaveLength(3);
    expect(result.items.map((p) => p.candidateName).sort()).toEqual(["Ada Okafor 0", "Ada Okafor 1"]);
    expect(result.total).toBe(2);
  });
});

// PostgreSQL only: PGlite never keeps a plan between runs.
if (env().DATABASE_URL)
  describe("on PostgreSQL, a dashboard search", () => {
    it("is never prepared, so every term is planned for itself, while the page without a search is", async () => {
      const handle = await createDb({ databaseUrl: await testDatabaseUrl(), poolSize: 1 });
      try {
        const caller = createCaller(
          createInnerContext({ db: handle.db, session: await findActiveSession(handle.db, token), preferredOrgId: org.org.id }),
        );
        for (const term of ["Okafor", "Chen", "Ada", "Okafor", "Chen", "Ada", "Okafor"]) await caller.plan.list({ search: term });
        await caller.plan.list({});
        const prepared = (await handle.db.execute(
          sql`select statement from pg_prepared_statements where statement like '%from "plans"%'`,
        )) as unknown as { statement: string }[];
        expect(prepared.length).toBeGreaterThan(0);
        expect(prepared.filter((p) => /ilike/i.test(p.statement))).toEqual([]);
      } finally {
        await handle.close();
      }
    });
  });
