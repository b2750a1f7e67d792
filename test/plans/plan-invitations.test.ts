import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planInvitations, plans, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { signInWithLinkToken } from "@/server/domain/accounts";
import { INVALID_PLAN_LINK_MESSAGE } from "@/server/domain/plan-invitations";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { acceptAsCandidate, newOrg, newestJoinToken, planInput, recruiterOf, sharedPlan, visitor } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { callerFor, createTestUser, signIn } from "../users";

const linkRefused = { code: "BAD_REQUEST", message: INVALID_PLAN_LINK_MESSAGE, fieldErrors: { token: [INVALID_PLAN_LINK_MESSAGE] } };

describe("sharing a plan with the candidate", () => {
  it("moves a draft to shared and emails the candidate a /join/ link that works", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db, "Northwind Talent");
    const input = planInput({ candidateName: "Jordan Blake", roleTitle: "Product Designer", hiringCompany: "Lumen Health" });
    const { id } = await admin.caller.plan.create(input);
    expect(await emailsTo(db, input.meeting.candidateEmail)).toEqual([]);

    const { expiresAt } = await admin.caller.plan.share({ planId: id });
    const plan = await admin.caller.plan.get({ planId: id });
    expect(plan.stage).toBe("shared");
    expect(plan.invitation).toMatchObject({ status: "pending", email: input.meeting.candidateEmail, expiresAt });

    const emails = await emailsTo(db, input.meeting.candidateEmail);
    expect(emails.map((e) => e.kind)).toEqual(["plan_invitation"]);
    expect(emails[0]!.subject).toBe("Your second interview for Product Designer at Lumen Health");
    expect(emails[0]!.textBody).toContain("Hello Jordan Blake");
    expect(emails[0]!.textBody).toContain(org.name);
    expect(emails[0]!.textBody).toMatch(/http:\/\/localhost:3000\/join\/\S+/);
    expect(emails[0]!.textBody).not.toContain(input.meeting.internalNote);

    const token = await newestJoinToken(db, input.meeting.candidateEmail);
    expect(await visitor(db).join.describe({ token })).toEqual({
      state: "valid",
      orgName: org.name,
      roleTitle: "Product Designer",
      hiringCompany: "Lumen Health",
      candidateName: "Jordan Blake",
    });
  });

  it("resending revokes the previous link: only the newest email works", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, token: first, input } = await sharedPlan(db, admin);
    await admin.caller.plan.share({ planId });
    const second = await newestJoinToken(db, input.meeting.candidateEmail);
    expect(second).not.toBe(first);
    expect(await emailsTo(db, input.meeting.candidateEmail, "plan_invitation")).toHaveLength(2);

    expect((await visitor(db).join.describe({ token: first })).state).toBe("revoked");
    expect(await failureOf(visitor(db).join.accept({ token: first }))).toEqual(linkRefused);
    expect((await visitor(db).join.describe({ token: second })).state).toBe("valid");
    expect((await admin.caller.plan.get({ planId })).stage).toBe("shared");
    const { planId: joined } = await acceptAsCandidate(db, second);
    expect(joined).toBe(planId);
  });

  it("revoking a link nobody accepted puts the plan back to draft, and the link stops working", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin);
    await admin.caller.plan.revokeInvitation({ planId });

    const plan = await admin.caller.plan.get({ planId });
    expect(plan.stage).toBe("draft");
    expect(plan.invitation?.status).toBe("revoked");
    const described = await visitor(db).join.describe({ token });
    expect(described.state).toBe("revoked");
    expect(described.candidateName).toBeUndefined();
    expect(await failureOf(visitor(db).join.accept({ token }))).toEqual(linkRefused);
    // Nothing left to revoke.
    expect((await failureOf(admin.caller.plan.revokeInvitation({ planId }))).code).toBe("PRECONDITION_FAILED");
  });

  it("refuses an expired link, and says so", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin);
    await db.update(planInvitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(planInvitations.planId, planId));

    expect((await visitor(db).join.describe({ token })).state).toBe("expired");
    expect(await failureOf(visitor(db).join.accept({ token }))).toEqual(linkRefused);
    const plan = await admin.caller.plan.get({ planId });
    expect(plan.invitation?.status).toBe("expired");
    expect(plan.stage).toBe("shared");
    expect(plan.candidateJoined).toBe(false);
  });

  it("a used link says 'used' and cannot be used again", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { token } = await sharedPlan(db, admin);
    await acceptAsCandidate(db, token);
    expect((await visitor(db).join.describe({ token })).state).toBe("used");
    expect(await failureOf(visitor(db).join.accept({ token }))).toEqual(linkRefused);
  });

  it("an unknown token says 'unknown' and tells nothing about any organisation", async () => {
    const db = await testDb();
    expect(await visitor(db).join.describe({ token: randomBytes(32).toString("base64url") })).toEqual({ state: "unknown" });
    expect(await failureOf(visitor(db).join.accept({ token: "not-a-real-token" }))).toEqual(linkRefused);
  });
});

describe("accepting the invitation", () => {
  it("creates the candidate's account, named as on the plan, and moves the plan to preparing", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput({ candidateName: "Sam Rivera" });
    const { planId, token } = await sharedPlan(db, admin, input);

    const { planId: accepted, signIn: next } = await visitor(db).join.accept({ token });
    expect(accepted).toBe(planId);
    if (!("token" in next)) throw new Error("a fresh link to a new account should sign in");
    const signInToken = next.token;
    const [account] = await db.select().from(users).where(eq(users.email, input.meeting.candidateEmail));
    expect(account).toMatchObject({ name: "Sam Rivera", passwordHash: null });
    expect(account!.emailVerified).toBeInstanceOf(Date);

    // The sign-in token works once, for that account.
    expect(await signInWithLinkToken(db, signInToken)).toMatchObject({ id: account!.id, email: input.meeting.candidateEmail });
    expect(await signInWithLinkToken(db, signInToken)).toBeNull();

    const plan = await admin.caller.plan.get({ planId });
    expect(plan).toMatchObject({ stage: "preparing", candidateJoined: true, invitation: { status: "accepted" } });
  });

  it("links an existing account with that email instead of creating another", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const existing = await createTestUser(db, { name: "Already Registered" });
    const { planId, token } = await sharedPlan(db, admin, planInput({ candidateEmail: existing.email, candidateName: "Name On Plan" }));
    const candidate = await acceptAsCandidate(db, token);

    expect(candidate.userId).toBe(existing.id);
    const accounts = await db.select().from(users).where(eq(users.email, existing.email));
    expect(accounts.map((u) => [u.id, u.name])).toEqual([[existing.id, "Already Registered"]]);
    const [row] = await db.select({ candidateUserId: plans.candidateUserId }).from(plans).where(eq(plans.id, planId));
    expect(row?.candidateUserId).toBe(existing.id);
    // Their usual session sees the plan too.
    const usual = callerFor(db, await signIn(db, existing.id));
    expect((await usual.interview.get({ planId })).id).toBe(planId);
  });

  it("lets the candidate see their plan, and nobody else's", async () => {
    const db = await testDb();
    const { admin, org } = await newOrg(db);
    const other = await newOrg(db);
    const { planId, candidate, otherPlan, otherCandidatePlan } = await (async () => {
      const mine = await sharedPlan(db, admin);
      const cand = await acceptAsCandidate(db, mine.token);
      const theirs = await acceptAsCandidate(db, (await sharedPlan(db, admin)).token);
      const elsewhere = await acceptAsCandidate(db, (await sharedPlan(db, other.admin)).token);
      return { planId: mine.planId, candidate: cand, otherPlan: elsewhere.planId, otherCandidatePlan: theirs.planId };
    })();

    const view = await candidate.caller.interview.get({ planId });
    expect(view).toMatchObject({ id: planId, stage: "preparing", organisationName: org.name });
    expect((await candidate.caller.interview.list()).map((p) => [p.id, p.meetingHeld])).toEqual([[planId, false]]);
    for (const hidden of [otherPlan, otherCandidatePlan]) {
      expect((await failureOf(candidate.caller.interview.get({ planId: hidden }))).code).toBe("NOT_FOUND");
      expect((await failureOf(candidate.caller.interview.calendar({ planId: hidden }))).code).toBe("NOT_FOUND");
      expect((await failureOf(candidate.caller.goal.list({ planId: hidden }))).code).toBe("NOT_FOUND");
    }
    // Looks exactly like an id that exists nowhere.
    const missing = await failureOf(candidate.caller.interview.get({ planId: randomUUID() }));
    expect(await failureOf(candidate.caller.interview.get({ planId: otherPlan }))).toEqual(missing);
    // And the organisation's own pages stay closed to them.
    expect((await failureOf(candidate.caller.plan.get({ planId }))).code).toBe("FORBIDDEN");
  });

  it("never shows a draft to the candidate: a new plan for them, or one whose link was revoked", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const first = await sharedPlan(db, admin);
    const candidate = await acceptAsCandidate(db, first.token);
    const email = first.input.meeting.candidateEmail;

    const { id: draft } = await admin.caller.plan.create(planInput({ candidateEmail: email }));
    const revoked = await sharedPlan(db, admin, planInput({ candidateEmail: email }));
    await admin.caller.plan.revokeInvitation({ planId: revoked.planId });

    for (const planId of [draft, revoked.planId]) {
      expect((await failureOf(candidate.caller.interview.get({ planId }))).code).toBe("NOT_FOUND");
      expect((await failureOf(candidate.caller.goal.list({ planId }))).code).toBe("NOT_FOUND");
    }
    expect((await candidate.caller.interview.list()).map((p) => p.id)).toEqual([first.planId]);
  });

  it("after the candidate joined, the link can no longer be revoked or resent, and the plan stays theirs", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin);
    const candidate = await acceptAsCandidate(db, token);

    const revoke = await failureOf(admin.caller.plan.revokeInvitation({ planId }));
    expect(revoke).toMatchObject({ code: "PRECONDITION_FAILED", message: "There is no pending invitation to revoke." });
    const resend = await failureOf(admin.caller.plan.share({ planId }));
    expect(resend.code).toBe("PRECONDITION_FAILED");
    expect(resend.message).toMatch(/already joined/);

    expect((await admin.caller.plan.get({ planId })).stage).toBe("preparing");
    expect((await candidate.caller.interview.get({ planId })).stage).toBe("preparing");
  });
});

describe("asking for a new link", () => {
  it("emails the recruiter who sent the expired link, once a day however often it is asked", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const colleague = await recruiterOf(db, org.id, "recruiter", "Casey Colleague");
    const input = planInput({ candidateName: "Robin Lee", roleTitle: "Data Analyst" });
    const { id: planId } = await admin.caller.plan.create(input);
    await colleague.caller.plan.share({ planId });
    const token = await newestJoinToken(db, input.meeting.candidateEmail);
    await db.update(planInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(planInvitations.planId, planId));

    expect(await visitor(db).join.requestNewLink({ token })).toEqual({ ok: true });
    const emails = await emailsTo(db, colleague.user.email, "plan_link_requested");
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe("Robin Lee asked for a new link to their plan");
    expect(emails[0]!.textBody).toContain(input.meeting.candidateEmail);
    expect(emails[0]!.textBody).toContain(`http://localhost:3000/plans/${planId}`);
    expect(await emailsTo(db, admin.user.email)).toEqual([]);

    // The limit is 2 attempts a day, counted before deciding: the second request is already refused.
    await visitor(db).join.requestNewLink({ token });
    await visitor(db).join.requestNewLink({ token });
    const after = await emailsTo(db, colleague.user.email, "plan_link_requested");
    expect(after.length).toBeLessThanOrEqual(2);
    expect(after).toHaveLength(1);
  });

  it("does nothing for an unknown token, and answers the same", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    await sharedPlan(db, admin);
    expect(await visitor(db).join.requestNewLink({ token: randomBytes(32).toString("base64url") })).toEqual({ ok: true });
    expect(await emailsTo(db, admin.user.email)).toEqual([]);
  });

  it("does nothing for the link of a cancelled plan", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin);
    await admin.caller.plan.cancel({ planId, expectedVersion: 1 });
    expect((await visitor(db).join.describe({ token })).state).toBe("revoked");
    await visitor(db).join.requestNewLink({ token });
    expect(await emailsTo(db, admin.user.email)).toEqual([]);
  });
});

describe("a candidate invited by two organisations", () => {
  it("sees both interviews, each with its organisation's name, in meeting order", async () => {
    const db = await testDb();
    const email = uniqueEmail("two-offers");
    const north = await newOrg(db, `Northwind ${randomBytes(3).toString("hex")}`);
    const south = await newOrg(db, `Southwind ${randomBytes(3).toString("hex")}`);
    const later = await sharedPlan(db, north.admin, planInput({ candidateEmail: email, roleTitle: "Designer", startsAtLocal: "2027-09-02T10:00" }));
    const sooner = await sharedPlan(db, south.admin, planInput({ candidateEmail: email, roleTitle: "Lead Designer", startsAtLocal: "2027-09-01T10:00" }));
    const first = await acceptAsCandidate(db, later.token);
    const second = await acceptAsCandidate(db, sooner.token);
    expect(second.userId).toBe(first.userId);

    const list = await second.caller.interview.list();
    expect(list.map((p) => [p.id, p.roleTitle, p.organisationName])).toEqual([
      [sooner.planId, "Lead Designer", south.org.name],
      [later.planId, "Designer", north.org.name],
    ]);
    expect((await first.caller.interview.get({ planId: sooner.planId })).organisationName).toBe(south.org.name);
    // Neither organisation sees the other's plan.
    expect((await failureOf(north.admin.caller.plan.get({ planId: sooner.planId }))).code).toBe("NOT_FOUND");
    expect((await north.admin.caller.plan.list({})).items.map((p) => p.id)).toEqual([later.planId]);
  });
});
