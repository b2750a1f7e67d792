import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { summaryPathFor } from "@/server/rules/summary";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { recruiterOf } from "../plan-api";
import { summaryWorld } from "./fixtures";

/**
 * When the next steps become agreed by both sides, the candidate and the
 * organisation's recipient each get a link to their own summary: once per
 * agreement, never with anything written on the plan in it.
 */
describe("the summary by email on agreement", () => {
  it("sends the candidate and the plan's recruiter a link to their own summary, with no private content, once per agreement", async () => {
    const db = await testDb();
    const w = await summaryWorld(db);
    const colleague = await recruiterOf(db, w.org.id, "recruiter", "Casey Colleague");
    const candidateEmail = w.input.meeting.candidateEmail;
    const toCandidate = await emailsTo(db, candidateEmail, "plan_summary");
    const toRecruiter = await emailsTo(db, w.admin.user.email, "plan_summary");
    expect(toCandidate).toHaveLength(1);
    expect(toRecruiter).toHaveLength(1);
    expect(toCandidate[0]!.textBody).toContain(`http://localhost:3000${summaryPathFor("candidate", w.planId)}`);
    expect(toRecruiter[0]!.textBody).toContain(`http://localhost:3000${summaryPathFor("recruiter", w.planId)}`);
    expect(toCandidate[0]!.subject).toBe(`Next steps agreed: your summary of ${w.input.meeting.roleTitle} at ${w.input.meeting.hiringCompany}`);
    for (const email of [...toCandidate, ...toRecruiter]) {
      const text = `${email.subject}\n${email.textBody}`;
      for (const m of [...w.candidateMarkers, ...w.organisationMarkers, w.m.candidateShared, w.m.organisationShared, w.m.step]) expect(text).not.toContain(m);
    }
    // Not to a colleague who did not create the plan, nor to the interviewer.
    expect(await emailsTo(db, colleague.user.email, "plan_summary")).toEqual([]);
    expect(await emailsTo(db, w.interviewer.user.email, "plan_summary")).toEqual([]);

    // Nothing more while the agreement stands: another confirmation of the same step changes nothing.
    await w.candidate.caller.nextStep.confirm({ planId: w.planId, stepId: w.stepId, expectedVersion: 1 });
    expect(await emailsTo(db, candidateEmail, "plan_summary")).toHaveLength(1);

    // An edit withdraws the agreement; agreeing again is a new agreement, with a new summary email.
    await w.candidate.caller.nextStep.edit({ planId: w.planId, stepId: w.stepId, expectedVersion: 1, description: "Send the signed offer", owner: "hiring_company" });
    expect(await emailsTo(db, candidateEmail, "plan_summary")).toHaveLength(1);
    await w.admin.caller.nextStep.confirm({ planId: w.planId, stepId: w.stepId, expectedVersion: 2 });
    expect(await emailsTo(db, candidateEmail, "plan_summary")).toHaveLength(2);
    expect(await emailsTo(db, w.admin.user.email, "plan_summary")).toHaveLength(2);
  });

  it("leaves out a reader who turned notification emails off, and still tells the other side", async () => {
    const db = await testDb();
    const w = await summaryWorld(db);
    const before = (await emailsTo(db, w.admin.user.email, "plan_summary")).length;
    await db.update(users).set({ notificationEmails: false }).where(eq(users.id, w.candidate.userId));
    await w.candidate.caller.nextStep.edit({ planId: w.planId, stepId: w.stepId, expectedVersion: 1, description: "Call the references", owner: "recruiter" });
    await w.admin.caller.nextStep.confirm({ planId: w.planId, stepId: w.stepId, expectedVersion: 2 });
    expect(await emailsTo(db, w.input.meeting.candidateEmail, "plan_summary")).toHaveLength(1);
    expect(await emailsTo(db, w.admin.user.email, "plan_summary")).toHaveLength(before + 1);
  });
});
