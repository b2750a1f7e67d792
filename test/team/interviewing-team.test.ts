import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { interviewerInvitations, planInterviewers, plans } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { hashLinkToken } from "@/server/auth/tokens";
import { emailQuotas } from "@/server/email/quotas";
import { CANDIDATE_AS_INTERVIEWER_REFUSAL, NO_PENDING_INTERVIEWER_LINK_MESSAGE } from "@/server/domain/interviewer-invitations";
import { PLAN_CLOSED_MESSAGE } from "@/server/domain/plan-writable";
import type { Db } from "@/db/client";
import { testDb } from "../db";
import { emailsTo, linkToken } from "../emails";
import { joinedPlan, newOrg, planInput, sharedPlan, type Recruiter } from "../plan-api";
import { attachInterviewer, holdMeeting } from "../plan-fixtures";
import { createTestUser } from "../users";
import { failureOf, outcomeOf } from "../trpc-errors";

async function teamPlan(db: Db) {
  const { admin } = await newOrg(db);
  const { planId, input, candidate } = await joinedPlan(db, admin, planInput());
  const plan = await admin.caller.plan.get({ planId });
  return { admin, planId, input, candidate, interviewerId: plan.team[0]!.interviewerId, name: plan.team[0]!.name };
}

async function invite(recruiter: Recruiter, planId: string, interviewerId: string, email = uniqueEmail("interviewer")) {
  await recruiter.caller.interviewerInvitation.send({ planId, interviewerId, email });
  return email;
}

async function linkStates(db: Db, interviewerId: string) {
  const rows = await db.select().from(interviewerInvitations).where(eq(interviewerInvitations.interviewerId, interviewerId));
  return rows.map((r) => ({ tokenHash: r.tokenHash, working: r.revokedAt === null && r.acceptedAt === null }));
}

describe("inviting an interviewer", () => {
  it("records the address, creates the link and queues an email with a /team-join/ link; the team shows them invited", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId, name } = await teamPlan(db);
    const email = uniqueEmail("Interviewer");
    const { expiresAt } = await admin.caller.interviewerInvitation.send({ planId, interviewerId, email });

    const [mail] = await emailsTo(db, email.toLowerCase(), "plan_invitation");
    expect(mail!.textBody).toContain(`Hello ${name}`);
    expect(mail!.textBody).toMatch(/http:\/\/localhost:3000\/team-join\/[A-Za-z0-9_-]{43}\s/);
    const token = linkToken(mail!.textBody);
    const [row] = await db.select().from(interviewerInvitations).where(eq(interviewerInvitations.tokenHash, hashLinkToken(token)));
    expect(row).toMatchObject({ interviewerId, planId, email: email.toLowerCase(), acceptedAt: null, revokedAt: null, expiresAt });

    const member = (await admin.caller.plan.get({ planId })).team.find((m) => m.interviewerId === interviewerId)!;
    expect(member).toMatchObject({
      email: email.toLowerCase(),
      invitation: { status: "pending", expiresAt },
      joined: false,
      canInvite: true,
      canRevoke: true,
      canRemind: true,
      nextReminderAt: null,
    });
  });

  it("resending is the same procedure: only the newest link works", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId } = await teamPlan(db);
    const email = await invite(admin, planId, interviewerId);
    await invite(admin, planId, interviewerId, email);
    const [newest, first] = await emailsTo(db, email, "plan_invitation");
    expect(linkToken(newest!.textBody)).not.toBe(linkToken(first!.textBody));
    const states = await linkStates(db, interviewerId);
    expect(states.find((s) => s.tokenHash === hashLinkToken(linkToken(first!.textBody)))!.working).toBe(false);
    expect(states.find((s) => s.tokenHash === hashLinkToken(linkToken(newest!.textBody)))!.working).toBe(true);
  });

  it("refuses the candidate's address next to the field, a closed plan, and a joined interviewer", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId, input } = await teamPlan(db);
    expect(await failureOf(admin.caller.interviewerInvitation.send({ planId, interviewerId, email: input.meeting.candidateEmail.toUpperCase() }))).toEqual({
      code: "BAD_REQUEST",
      message: CANDIDATE_AS_INTERVIEWER_REFUSAL,
      fieldErrors: { email: [CANDIDATE_AS_INTERVIEWER_REFUSAL] },
    });

    const interviewer = await createTestUser(db, { name: "Maya Chen" });
    await attachInterviewer(db, planId, interviewer);
    const joined = await failureOf(admin.caller.interviewerInvitation.send({ planId, interviewerId, email: uniqueEmail("other") }));
    expect(joined.code).toBe("PRECONDITION_FAILED");
    expect(joined.message).toContain("has already joined this plan");

    await db.update(plans).set({ stage: "closed" }).where(eq(plans.id, planId));
    await db.update(planInterviewers).set({ userId: null }).where(eq(planInterviewers.id, interviewerId));
    expect(await failureOf(admin.caller.interviewerInvitation.send({ planId, interviewerId, email: uniqueEmail("x") }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: PLAN_CLOSED_MESSAGE,
    });
  });

  it("another organisation's plan, or another plan's interviewer, is NOT_FOUND", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId } = await teamPlan(db);
    const other = await newOrg(db);
    const email = uniqueEmail("i");
    expect(await outcomeOf(other.admin.caller.interviewerInvitation.send({ planId, interviewerId, email }))).toBe("NOT_FOUND");
    expect(await outcomeOf(other.admin.caller.interviewerInvitation.revoke({ planId, interviewerId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(other.admin.caller.interviewers.remind({ planId, interviewerId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(other.admin.caller.interviewers.shareInternalNote({ planId, allowed: true }))).toBe("NOT_FOUND");
    const { planId: secondPlan } = await sharedPlan(db, admin);
    expect(await outcomeOf(admin.caller.interviewerInvitation.send({ planId: secondPlan, interviewerId, email }))).toBe("NOT_FOUND");
    expect(await emailsTo(db, email)).toEqual([]);
  });

  it("counts against the email quotas: a refused send writes nothing", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId } = await teamPlan(db);
    const email = uniqueEmail("quota");
    const limit = emailQuotas.perRecipientFromOrganisation.invitation.limit;
    for (let i = 0; i < limit; i++) await invite(admin, planId, interviewerId, email);
    const refused = await failureOf(admin.caller.interviewerInvitation.send({ planId, interviewerId, email }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.fieldErrors?.email?.[0]).toContain(email);
    expect(await emailsTo(db, email, "plan_invitation")).toHaveLength(limit);
    expect(await linkStates(db, interviewerId)).toHaveLength(limit);
  });
});

describe("withdrawing an interviewer's link", () => {
  it("stops the pending link; with none pending it says so", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId } = await teamPlan(db);
    expect(await failureOf(admin.caller.interviewerInvitation.revoke({ planId, interviewerId }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: NO_PENDING_INTERVIEWER_LINK_MESSAGE,
    });
    await invite(admin, planId, interviewerId);
    await admin.caller.interviewerInvitation.revoke({ planId, interviewerId });
    expect((await linkStates(db, interviewerId)).every((s) => !s.working)).toBe(true);
    const member = (await admin.caller.plan.get({ planId })).team.find((m) => m.interviewerId === interviewerId)!;
    expect(member).toMatchObject({ invitation: { status: "revoked" }, canRevoke: false, canInvite: true, canRemind: false });
  });
});

describe("reminding an interviewer", () => {
  it("asks an invited interviewer to prepare, links to /team/<plan>, and spaces reminders 12 hours with a clear message", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId } = await teamPlan(db);
    expect(await failureOf(admin.caller.interviewers.remind({ planId, interviewerId }))).toMatchObject({ code: "PRECONDITION_FAILED" });
    const email = await invite(admin, planId, interviewerId);

    const { remindedAt, nextReminderAt } = await admin.caller.interviewers.remind({ planId, interviewerId });
    expect(nextReminderAt.getTime() - remindedAt.getTime()).toBe(12 * 3_600_000);
    const [mail] = await emailsTo(db, email, "meeting_reminder");
    expect(mail!.subject).toContain("add your goals");
    expect(mail!.textBody).toContain(`http://localhost:3000/team/${planId}`);

    const member = (await admin.caller.plan.get({ planId })).team.find((m) => m.interviewerId === interviewerId)!;
    expect(member).toMatchObject({ canRemind: false, remindedAt, nextReminderAt });
    const spaced = await failureOf(admin.caller.interviewers.remind({ planId, interviewerId }));
    expect(spaced.code).toBe("PRECONDITION_FAILED");
    expect(spaced.message).toMatch(/reminded less than 12 hours ago; the next reminder is possible after \d\d:\d\d UTC on \d{4}-\d\d-\d\d/);
    expect(await emailsTo(db, email, "meeting_reminder")).toHaveLength(1);

    // Twelve hours later, and after the meeting, the reminder asks for the debrief.
    await db.update(planInterviewers).set({ remindedAt: new Date(Date.now() - 12 * 3_600_000 - 1000) }).where(eq(planInterviewers.id, interviewerId));
    await holdMeeting(db, planId);
    await admin.caller.interviewers.remind({ planId, interviewerId });
    const [debrief] = await emailsTo(db, email, "meeting_reminder");
    expect(debrief!.subject).toContain("Add your debrief");
  });

  it("refuses after the interviewer's debrief, and on a closed plan", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId } = await teamPlan(db);
    await invite(admin, planId, interviewerId);
    await holdMeeting(db, planId);
    await db.update(planInterviewers).set({ debriefedAt: new Date(), debriefNote: "Strong on systems." }).where(eq(planInterviewers.id, interviewerId));
    const member = (await admin.caller.plan.get({ planId })).team.find((m) => m.interviewerId === interviewerId)!;
    expect(member).toMatchObject({ debriefed: true, debriefNote: "Strong on systems.", canRemind: false });
    expect((await failureOf(admin.caller.interviewers.remind({ planId, interviewerId }))).message).toBe("This interviewer has already added their debrief.");
    await db.update(plans).set({ stage: "closed" }).where(eq(plans.id, planId));
    expect((await failureOf(admin.caller.interviewers.remind({ planId, interviewerId }))).message).toBe(PLAN_CLOSED_MESSAGE);
  });
});

describe("letting interviewers read the internal note", () => {
  it("sets the plan's flag, which the recruiter's view returns, without changing the plan's version", async () => {
    const db = await testDb();
    const { admin, planId } = await teamPlan(db);
    const before = await admin.caller.plan.get({ planId });
    expect(before.interviewersSeeInternalNote).toBe(false);
    expect(await admin.caller.interviewers.shareInternalNote({ planId, allowed: true })).toEqual({ allowed: true });
    const after = await admin.caller.plan.get({ planId });
    expect(after.interviewersSeeInternalNote).toBe(true);
    expect(after.version).toBe(before.version);
    expect((await admin.caller.plan.page({ planId })).plan.interviewersSeeInternalNote).toBe(true);
  });
});

describe("the team in each side's view", () => {
  it("the recruiter's page carries the team; the candidate's views carry none of it", async () => {
    const db = await testDb();
    const { admin, planId, interviewerId, candidate } = await teamPlan(db);
    const email = await invite(admin, planId, interviewerId);
    await db.update(planInterviewers).set({ debriefNote: "Private debrief" }).where(eq(planInterviewers.id, interviewerId));
    const page = await admin.caller.plan.page({ planId });
    expect(page.plan.team).toEqual((await admin.caller.plan.get({ planId })).team);
    expect(page.plan.team[0]).toMatchObject({ email, goals: 0, sharedGoals: 0 });

    const seen = JSON.stringify([await candidate.caller.interview.get({ planId }), await candidate.caller.interview.page({ planId })]);
    expect(seen).not.toContain(email);
    expect(seen).not.toContain("Private debrief");
    expect(seen).not.toContain("interviewersSeeInternalNote");
    expect(seen).not.toContain('"team"');
  });
});
