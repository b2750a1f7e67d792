import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { jobs, notifications } from "@/db/schema";
import { createSession } from "@/server/auth/sessions";
import { testDb } from "@/test/db";
import { holdMeeting } from "@/test/plan-fixtures";
import { joinedPlan, newOrg, recruiterOf } from "@/test/plan-api";
import { costOfRequest } from "@/test/request-cost";

/**
 * A write notifies every member of the organisation (their bells), yet costs
 * the same statements for a team of one as for a team of eight: the
 * notifications, the digest jobs and the live announcements go out in one
 * statement each, never one per member.
 */
let db: Db;

/** A plan after its meeting, with one step the recruiter proposed, in an organisation of `members` people. */
async function planWithTeam(members: number) {
  const org = await newOrg(db);
  const team = [org.admin.user.id];
  for (let i = 1; i < members; i++) team.push((await recruiterOf(db, org.org.id, "recruiter", `Member ${i}`)).user.id);
  const { planId, candidate } = await joinedPlan(db, org.admin);
  await holdMeeting(db, planId);
  const { id: stepId } = await org.admin.caller.nextStep.propose({ planId, description: "Send the written offer", owner: "recruiter", dueOn: null });
  const { steps } = await candidate.caller.nextStep.list({ planId });
  return { planId, stepId, version: steps[0]!.version, team, candidateToken: await createSession(db, candidate.userId) };
}

async function candidateConfirms(plan: Awaited<ReturnType<typeof planWithTeam>>) {
  return costOfRequest(db, { sessionToken: plan.candidateToken }, (caller) =>
    caller.nextStep.confirm({ planId: plan.planId, stepId: plan.stepId, expectedVersion: plan.version }),
  );
}

beforeAll(async () => {
  db = await testDb();
});

describe("a write's cost", () => {
  it("does not grow with the members it notifies", async () => {
    const small = await planWithTeam(1);
    const large = await planWithTeam(8);
    const [one, eight] = [await candidateConfirms(small), await candidateConfirms(large)];
    expect(eight.statements).toHaveLength(one.statements.length);

    // Every member of the larger team has the notification in their bell, the plan's creator's digest is due.
    const notified = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.planId, large.planId), eq(notifications.type, "step_confirmed")));
    expect(notified.map((n) => n.userId).sort()).toEqual([...large.team].sort());
    const digests = await db.select({ payload: jobs.payload }).from(jobs).where(inArray(jobs.kind, ["notification_digest"]));
    expect(digests.map((d) => (d.payload as { userId: string }).userId)).toContain(large.team[0]);
  });
});
