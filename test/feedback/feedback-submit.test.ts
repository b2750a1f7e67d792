import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { planEvents, planFeedback, plans, type Organisation, type User } from "@/db/schema";
import { addMember, createOrganisation } from "@/db/seed/factories";
import { ALREADY_RATED_MESSAGE } from "@/server/rules/feedback";
import { createClosedPlan } from "../feedback-fixtures";
import { testDb } from "../db";
import { attachInterviewer, createDebriefPlan } from "../plan-fixtures";
import { failureOf, rejectionOf } from "../trpc-errors";
import { callerFor, createTestUser, signIn, type Caller } from "../users";

let db: Db;
let org: Organisation;
let admin: User;
let adminCaller: Caller;

const ratings = { preparation: 4, clarity: 3, overall: 5, comment: "Clear and well prepared.", showName: true };

async function candidateWithCaller() {
  const user = await createTestUser(db, { name: "Casey Candidate" });
  return { user, caller: callerFor(db, await signIn(db, user.id)) };
}

beforeAll(async () => {
  db = await testDb();
  org = await createOrganisation(db);
  admin = await createTestUser(db, { name: "Ada Admin" });
  await addMember(db, org.id, admin.id, "admin");
  adminCaller = callerFor(db, await signIn(db, admin.id));
});

const feedbackRows = (planId: string) => db.select().from(planFeedback).where(eq(planFeedback.planId, planId));

describe("feedback.submit", () => {
  it("the candidate of a closed plan rates it once; their page then shows what they gave and no form", async () => {
    const candidate = await candidateWithCaller();
    const { planId } = await createClosedPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    expect((await candidate.caller.interview.get({ planId })).feedbackOpen).toBe(true);
    expect(await candidate.caller.feedback.mine({ planId })).toEqual({ given: null, canSubmit: true, refusal: null });

    const given = await candidate.caller.feedback.submit({ planId, ...ratings });
    expect(given).toMatchObject(ratings);
    const mine = await candidate.caller.feedback.mine({ planId });
    expect(mine).toMatchObject({ given: ratings, canSubmit: false, refusal: ALREADY_RATED_MESSAGE });

    const [row] = await feedbackRows(planId);
    expect(row).toMatchObject({ orgId: org.id, candidateUserId: candidate.user.id, preparationRating: 4, clarityRating: 3, overallRating: 5, showName: true });

    // The fact only, on the candidate's timeline alone: the organisation could otherwise tie an anonymous comment to its plan.
    const events = await db.select().from(planEvents).where(and(eq(planEvents.planId, planId), eq(planEvents.type, "feedback_given")));
    expect(events.map((e) => ({ audience: e.audience, data: e.data, actorSide: e.actorSide }))).toEqual([{ audience: "candidate", data: {}, actorSide: "candidate" }]);
    expect((await adminCaller.timeline.list({ planId, limit: 100 })).some((e) => e.type === "feedback_given")).toBe(false);
    expect((await candidate.caller.timeline.list({ planId, limit: 100 })).some((e) => e.type === "feedback_given")).toBe(true);
  });

  it("a second submission is refused with CONFLICT and changes nothing", async () => {
    const candidate = await candidateWithCaller();
    const { planId } = await createClosedPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    await candidate.caller.feedback.submit({ planId, ...ratings });
    const again = await rejectionOf(candidate.caller.feedback.submit({ planId, preparation: 1, clarity: 1, overall: 1, comment: "Changed my mind", showName: false }));
    expect({ code: again.code, message: again.message }).toEqual({ code: "CONFLICT", message: ALREADY_RATED_MESSAGE });
    const rows = await feedbackRows(planId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ preparationRating: 4, comment: ratings.comment, showName: true });
  });

  it("10 concurrent submissions keep exactly one; the other 9 are told CONFLICT", async () => {
    const candidate = await candidateWithCaller();
    const { planId } = await createClosedPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => candidate.caller.feedback.submit({ planId, preparation: (i % 5) + 1, clarity: 3, overall: 3, comment: `try ${i}`, showName: false })),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code: string; message: string }] : []));
    expect(fulfilled).toHaveLength(1);
    expect(refused.map((e) => [e.code, e.message])).toEqual(Array.from({ length: 9 }, () => ["CONFLICT", ALREADY_RATED_MESSAGE]));
    const rows = await feedbackRows(planId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.comment).toBe((fulfilled[0] as PromiseFulfilledResult<{ comment: string }>).value.comment);
    const events = await db.select().from(planEvents).where(and(eq(planEvents.planId, planId), eq(planEvents.type, "feedback_given")));
    expect(events).toHaveLength(1);
  });

  it("is refused before the plan is closed, and for a cancelled meeting", async () => {
    const candidate = await candidateWithCaller();
    const { planId } = await createDebriefPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    expect((await candidate.caller.interview.get({ planId })).feedbackOpen).toBe(false);
    const open = await rejectionOf(candidate.caller.feedback.submit({ planId, ...ratings }));
    expect({ code: open.code, message: open.message }).toEqual({ code: "PRECONDITION_FAILED", message: "You can rate this interview once the organisation has closed the plan." });
    expect(await candidate.caller.feedback.mine({ planId })).toEqual({ given: null, canSubmit: false, refusal: "You can rate this interview once the organisation has closed the plan." });

    const { version } = await adminCaller.plan.get({ planId });
    await adminCaller.plan.cancel({ planId, expectedVersion: version });
    expect((await candidate.caller.interview.get({ planId })).feedbackOpen).toBe(false);
    const cancelled = await rejectionOf(candidate.caller.feedback.submit({ planId, ...ratings }));
    expect(cancelled.message).toBe("This meeting was cancelled, so there is nothing to rate.");
    expect(await feedbackRows(planId)).toHaveLength(0);
  });

  it("the organisation's members, the plan's interviewer and another candidate are refused as if there were no such plan", async () => {
    const candidate = await candidateWithCaller();
    const other = await candidateWithCaller();
    const interviewerUser = await createTestUser(db, { name: "Ivo Interviewer" });
    const recruiter = await createTestUser(db, { name: "Rae Recruiter" });
    await addMember(db, org.id, recruiter.id, "recruiter");
    const { planId } = await createClosedPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    await attachInterviewer(db, planId, interviewerUser);
    const callers = [adminCaller, callerFor(db, await signIn(db, recruiter.id)), callerFor(db, await signIn(db, interviewerUser.id)), other.caller];
    for (const caller of callers) {
      expect((await rejectionOf(caller.feedback.submit({ planId, ...ratings }))).code).toBe("NOT_FOUND");
      expect((await rejectionOf(caller.feedback.mine({ planId }))).code).toBe("NOT_FOUND");
    }
    expect(await feedbackRows(planId)).toHaveLength(0);
  });

  it("a plan erased meanwhile is refused under its lock", async () => {
    const candidate = await candidateWithCaller();
    const { planId } = await createClosedPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    await db.update(plans).set({ anonymisedAt: new Date() }).where(eq(plans.id, planId));
    const refused = await rejectionOf(candidate.caller.feedback.submit({ planId, ...ratings }));
    expect({ code: refused.code, message: refused.message }).toEqual({ code: "PRECONDITION_FAILED", message: "This plan's candidate data has been erased." });
  });

  it("ratings outside 1-5 or not whole are refused next to their question; a comment past its limit too", async () => {
    const candidate = await candidateWithCaller();
    const { planId } = await createClosedPlan(db, { orgId: org.id, createdById: admin.id, candidate: candidate.user });
    for (const [field, value] of [["preparation", 0], ["clarity", 6], ["overall", 2.5]] as const) {
      const failure = await failureOf(candidate.caller.feedback.submit({ planId, ...ratings, [field]: value }));
      expect(failure.code, `${field} ${value}`).toBe("BAD_REQUEST");
      expect(Object.keys(failure.fieldErrors ?? {}), `${field} ${value}`).toEqual([field]);
    }
    const zero = await failureOf(candidate.caller.feedback.submit({ planId, ...ratings, preparation: 0 }));
    expect(zero.fieldErrors).toEqual({ preparation: ["Rate “Preparation” with a whole number from 1 to 5."] });
    const long = await failureOf(candidate.caller.feedback.submit({ planId, ...ratings, comment: "x".repeat(2001) }));
    expect(long.fieldErrors).toEqual({ comment: ["Keep your comment under 2000 characters."] });
    expect(await feedbackRows(planId)).toHaveLength(0);
  });
});
