import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planEvents, plans, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { ERASURE_CHANGED_MESSAGE } from "@/server/domain/candidate-erasure";
import { FORMER_CANDIDATE } from "@/server/rules/retention";
import { testDb } from "../db";
import { joinedPlan, planInput, recruiterOf, sharedPlan } from "../plan-api";
import { rejectionOf } from "../trpc-errors";
import { candidateWorld } from "./fixtures";

describe("an admin erasing a candidate's data on request", () => {
  it("anonymises that candidate's plans of this organisation only, never another organisation's nor the account", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    // A second plan here, at the same address but not joined yet; and one of another organisation the same person joined.
    const second = await sharedPlan(db, w.recruiter, planInput({ candidateEmail: w.candidate.email }));
    const elsewhere = await candidateWorld(db);
    const otherOrgPlan = await joinedPlan(db, elsewhere.recruiter, planInput({ candidateEmail: w.candidate.email }));
    const admin = w.org.admin.caller;

    expect(await admin.dataRights.previewErasure({ email: ` ${w.candidate.email.toUpperCase()} ` })).toEqual({ plans: 2 });
    expect(await admin.dataRights.erase({ email: w.candidate.email, expectedPlans: 2 })).toEqual({ erased: 2 });

    const rows = await db.select().from(plans).where(inArray(plans.id, [w.planId, second.planId, otherOrgPlan.planId]));
    const byId = Object.fromEntries(rows.map((p) => [p.id, p]));
    for (const id of [w.planId, second.planId]) expect(byId[id]).toMatchObject({ candidateName: FORMER_CANDIDATE, candidateUserId: null });
    expect(byId[otherOrgPlan.planId]).toMatchObject({ candidateEmail: w.candidate.email, candidateUserId: w.candidate.id, anonymisedAt: null });
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, w.candidate.id))).toHaveLength(1);

    const events = await db
      .select()
      .from(planEvents)
      .where(and(inArray(planEvents.planId, [w.planId, second.planId]), eq(planEvents.type, "candidate_data_erased")));
    expect(events.map((e) => e.data)).toEqual([{ reason: "admin_request" }, { reason: "admin_request" }]);
    expect(JSON.stringify(events)).not.toContain(w.candidate.email);

    // The candidate no longer reaches the erased plan; nothing is left to erase here.
    expect((await rejectionOf(w.candidate.caller.interview.get({ planId: w.planId }))).code).toBe("NOT_FOUND");
    expect(await admin.dataRights.previewErasure({ email: w.candidate.email })).toEqual({ plans: 0 });
  });

  it("refuses when the plans changed since the admin looked, and erases nothing", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    const refusal = await rejectionOf(w.org.admin.caller.dataRights.erase({ email: w.candidate.email, expectedPlans: 3 }));
    expect(refusal).toMatchObject({ code: "CONFLICT", message: ERASURE_CHANGED_MESSAGE });
    const [plan] = await db.select().from(plans).where(eq(plans.id, w.planId));
    expect(plan!.anonymisedAt).toBeNull();
  });

  it("is for admins: a recruiter is refused", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    const recruiter = await recruiterOf(db, w.org.org.id);
    expect((await rejectionOf(recruiter.caller.dataRights.previewErasure({ email: uniqueEmail() }))).code).toBe("FORBIDDEN");
  });
});
