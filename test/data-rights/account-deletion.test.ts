import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  authTokens,
  candidateNotes,
  goalAcknowledgements,
  goals,
  memberships,
  notifications,
  organisations,
  outbox,
  planEvents,
  planInvitations,
  plans,
  preparationSteps,
  sessions,
  users,
} from "@/db/schema";
import { addMember, uniqueEmail } from "@/db/seed/factories";
import { authenticateWithPassword } from "@/server/domain/accounts";
import { DELETION_CONFIRMATION_MESSAGE } from "@/server/domain/account-deletion";
import { FORMER_CANDIDATE } from "@/server/rules/retention";
import { testDb } from "../db";
import { passwordResetToken } from "../fixtures";
import { newOrg, planInput, recruiterOf, sharedPlan } from "../plan-api";
import { rejectionOf } from "../trpc-errors";
import { createTestUser, TEST_PASSWORD, uniqueIp } from "../users";
import { candidateWorld } from "./fixtures";

describe("deleting one's account", () => {
  it("erases the candidate's private content, leaves their shared contributions to the organisation as the Former candidate's, and ends every session and link", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    await passwordResetToken(db, w.candidate.email);
    // An invitation to another plan at their address, not followed yet, and its email not sent.
    const other = await sharedPlan(db, w.recruiter, planInput({ candidateEmail: w.candidate.email }));

    // A notification the recruiter got about the plan, written with the candidate's name.
    await db.insert(notifications).values({ userId: w.recruiter.user.id, planId: w.planId, type: "other_times_requested", message: `${w.candidate.name} asked for other times.` });

    await w.candidate.caller.dataRights.deleteAccount({ confirmEmail: ` ${w.candidate.email.toUpperCase()} ` });

    const [plan] = await db.select().from(plans).where(eq(plans.id, w.planId));
    expect(plan).toMatchObject({ candidateName: FORMER_CANDIDATE, candidateUserId: null });
    expect(plan!.candidateEmail).toBe(`former-candidate-${w.planId}@anonymised.invalid`);
    expect(plan!.anonymisedAt).toBeInstanceOf(Date);

    const left = await db.select({ text: goals.text, side: goals.side }).from(goals).where(eq(goals.planId, w.planId));
    expect(left.map((g) => g.text)).toContain(w.mine.sharedGoal);
    expect(left.map((g) => g.text)).not.toContain(w.mine.privateGoal);
    expect(left.map((g) => g.text)).toContain(w.theirs.privateGoal);
    expect(await db.select().from(candidateNotes).where(eq(candidateNotes.planId, w.planId))).toEqual([]);
    expect(await db.select().from(preparationSteps).where(eq(preparationSteps.planId, w.planId))).toEqual([]);
    const goalIds = (await db.select({ id: goals.id }).from(goals).where(eq(goals.planId, w.planId))).map((g) => g.id);
    expect(await db.select().from(goalAcknowledgements).where(inArray(goalAcknowledgements.goalId, goalIds))).toEqual([]);

    expect(await db.select().from(users).where(eq(users.id, w.candidate.id))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, w.candidate.id))).toEqual([]);
    expect(await db.select().from(authTokens).where(eq(authTokens.userId, w.candidate.id))).toEqual([]);
    const [invitation] = await db.select().from(planInvitations).where(eq(planInvitations.planId, other.planId));
    expect(invitation!.revokedAt).toBeInstanceOf(Date);
    expect(await db.select().from(outbox).where(and(eq(outbox.toAddress, w.candidate.email), eq(outbox.status, "pending")))).toEqual([]);

    // The browser still holding the old cookie is signed out; the password no longer signs in.
    expect((await rejectionOf(w.candidate.caller.account.me())).code).toBe("UNAUTHORIZED");
    await expect(authenticateWithPassword(db, { email: w.candidate.email, password: TEST_PASSWORD, ip: uniqueIp() })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // The recruiter reads the plan with the Former candidate: their shared goal and comment stay, unnamed.
    const page = await w.recruiter.caller.plan.page({ planId: w.planId });
    expect(page.plan.candidateName).toBe(FORMER_CANDIDATE);
    expect(page.plan.candidateJoined).toBe(false);
    const comment = page.plan.firstInterview.flatMap((i) => i.comments).find((c) => c.text === w.mine.comment);
    expect(comment).toMatchObject({ side: "candidate", authorName: FORMER_CANDIDATE });
    expect(page.goals.goals.find((g) => g.text === w.mine.sharedGoal)).toMatchObject({ side: "candidate", lastEditedByName: null });
    const pageJson = JSON.stringify(page);
    expect(pageJson).not.toContain(w.candidate.name);
    expect(pageJson).not.toContain(w.candidate.email);

    // The organisation's notifications about the plan no longer name them.
    const theirNotifications = await db.select({ message: notifications.message }).from(notifications).where(eq(notifications.planId, w.planId));
    expect(theirNotifications).toEqual([{ message: `${FORMER_CANDIDATE} asked for other times.` }]);

    // The timeline says so, for the organisation, with the reason only.
    const [erased] = await db.select().from(planEvents).where(and(eq(planEvents.planId, w.planId), eq(planEvents.type, "candidate_data_erased")));
    expect(erased).toMatchObject({ audience: "organisation", actorId: null, actorSide: null, data: { reason: "account_deleted" } });
    expect(page.timeline.find((e) => e.type === "candidate_data_erased")).toBeTruthy();
    expect(page.timeline.filter((e) => e.actorSide === "candidate").every((e) => e.actorName === null)).toBe(true);
  });

  it("asks for the account's own address and changes nothing otherwise", async () => {
    const db = await testDb();
    const w = await candidateWorld(db);
    const refusal = await rejectionOf(w.candidate.caller.dataRights.deleteAccount({ confirmEmail: uniqueEmail("someone-else") }));
    expect(refusal).toMatchObject({ code: "PRECONDITION_FAILED", message: DELETION_CONFIRMATION_MESSAGE });
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, w.candidate.id))).toHaveLength(1);
    expect((await rejectionOf(w.candidate.caller.dataRights.deleteAccount({ confirmEmail: "  " }))).code).toBe("BAD_REQUEST");
  });

  it("refuses the only admin of an organisation with other members, and says what to do", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db, "Acme Hiring");
    await recruiterOf(db, org.id);
    expect(await admin.caller.dataRights.deletionPreview()).toMatchObject({ blockedBy: ["Acme Hiring"], organisationsDeleted: [] });
    const refusal = await rejectionOf(admin.caller.dataRights.deleteAccount({ confirmEmail: admin.user.email }));
    expect(refusal.code).toBe("PRECONDITION_FAILED");
    expect(refusal.message).toBe("You are the only admin of Acme Hiring. Make another member admin first, then delete your account.");
    expect(await db.select().from(users).where(eq(users.id, admin.user.id))).toHaveLength(1);

    // With a second admin, the first may go; the organisation and its other members stay.
    const second = await createTestUser(db);
    await addMember(db, org.id, second.id, "admin");
    expect((await admin.caller.dataRights.deletionPreview()).membershipsEnding).toEqual(["Acme Hiring"]);
    await admin.caller.dataRights.deleteAccount({ confirmEmail: admin.user.email });
    expect(await db.select().from(organisations).where(eq(organisations.id, org.id))).toHaveLength(1);
    expect(await db.select().from(memberships).where(eq(memberships.orgId, org.id))).toHaveLength(2);
  });

  it("takes an organisation nobody else belongs to with its last member, plans and all", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db, "Solo Recruiting");
    const { planId } = await sharedPlan(db, admin);
    expect(await admin.caller.dataRights.deletionPreview()).toMatchObject({ organisationsDeleted: [{ name: "Solo Recruiting", plans: 1 }] });
    await admin.caller.dataRights.deleteAccount({ confirmEmail: admin.user.email });
    expect(await db.select().from(organisations).where(eq(organisations.id, org.id))).toEqual([]);
    expect(await db.select().from(plans).where(eq(plans.id, planId))).toEqual([]);
  });

  it("of two admins leaving at once, one goes and the other is told to make someone else admin", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db, "Duo Ltd");
    const other = await recruiterOf(db, org.id, "admin");
    await recruiterOf(db, org.id);
    const results = await Promise.allSettled([
      admin.caller.dataRights.deleteAccount({ confirmEmail: admin.user.email }),
      other.caller.dataRights.deleteAccount({ confirmEmail: other.user.email }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const admins = await db.select().from(memberships).where(and(eq(memberships.orgId, org.id), eq(memberships.role, "admin")));
    expect(admins).toHaveLength(1);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, admins[0]!.userId))).toHaveLength(1);
  });
});
