import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { interviewerInvitations, organisations, planInterviewers, plans, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { ALREADY_ANOTHER_INTERVIEWER_MESSAGE, CANDIDATE_AS_INTERVIEWER_MESSAGE } from "@/server/domain/interviewer-joining";
import { INVALID_PLAN_LINK_MESSAGE } from "@/server/domain/plan-invitations";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { joinedPlan, newOrg, sharedPlan, visitor } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { callerFor, createTestUser, TEST_PASSWORD } from "../users";
import { acceptAsInterviewer, interviewerIds, interviewerInvitationToken } from "./fixtures";

async function setUp() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const { planId, candidate, input } = await joinedPlan(db, admin);
  const invite = (extra: Partial<Parameters<typeof interviewerInvitationToken>[1]> = {}) =>
    interviewerInvitationToken(db, { planId, invitedById: admin.user.id, ...extra });
  return { db, org, admin, planId, candidate, input, invite };
}

async function interviewerRow(db: Db, id: string) {
  const [row] = await db.select().from(planInterviewers).where(eq(planInterviewers.id, id));
  return row!;
}

describe("an interviewer's invitation link", () => {
  it("describes the plan and who they speak for, then joins them once: a new account is signed in", async () => {
    const { db, planId, input, invite } = await setUp();
    const { token, interviewerId, email } = await invite();
    const described = await visitor(db).interviewerJoin.describe({ token });
    expect(described).toMatchObject({
      state: "valid",
      roleTitle: input.meeting.roleTitle,
      hiringCompany: input.meeting.hiringCompany,
      candidateName: input.meeting.candidateName,
      interviewerName: input.interviewers![0]!.name,
    });

    const joined = await acceptAsInterviewer(db, token);
    expect(joined.planId).toBe(planId);
    expect("token" in joined.signIn).toBe(true);
    const [account] = await db.select().from(users).where(eq(users.id, joined.userId));
    expect(account).toMatchObject({ email, name: input.interviewers![0]!.name, passwordHash: null });
    expect((await interviewerRow(db, interviewerId)).userId).toBe(joined.userId);
    const [invitation] = await db.select().from(interviewerInvitations).where(eq(interviewerInvitations.email, email));
    expect(invitation!.acceptedAt).toBeInstanceOf(Date);

    // Single use.
    const again = await failureOf(visitor(db).interviewerJoin.accept({ token }));
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: INVALID_PLAN_LINK_MESSAGE });
    expect(await visitor(db).interviewerJoin.describe({ token })).toEqual({
      state: "used",
      orgName: described.orgName,
      roleTitle: described.roleTitle,
      hiringCompany: described.hiringCompany,
    });
  });

  it("only the newest link of an interviewer works", async () => {
    const { db, invite } = await setUp();
    const older = await invite({ createdAt: new Date(Date.now() - 60_000) });
    const newer = await invite({ interviewerId: older.interviewerId });
    expect((await visitor(db).interviewerJoin.describe({ token: older.token })).state).toBe("revoked");
    expect((await failureOf(visitor(db).interviewerJoin.accept({ token: older.token }))).code).toBe("BAD_REQUEST");
    expect((await acceptAsInterviewer(db, newer.token)).userId).toBeTruthy();
  });

  it("an expired, a withdrawn, a closed plan's or an unknown link does not work", async () => {
    const { db, admin, planId, invite } = await setUp();
    const expired = await invite({ expiresAt: new Date(Date.now() - 1000) });
    const [, second] = await interviewerIds(db, planId);
    const revoked = await invite({ interviewerId: second });
    await db.update(interviewerInvitations).set({ revokedAt: new Date() }).where(eq(interviewerInvitations.id, revoked.invitation.id));
    for (const [token, state] of [
      [expired.token, "expired"],
      [revoked.token, "revoked"],
      ["x".repeat(43), "unknown"],
    ] as const) {
      expect((await visitor(db).interviewerJoin.describe({ token })).state).toBe(state);
      expect((await failureOf(visitor(db).interviewerJoin.accept({ token }))).code).toBe("BAD_REQUEST");
    }

    const other = await sharedPlan(db, admin);
    const open = await interviewerInvitationToken(db, { planId: other.planId, invitedById: admin.user.id });
    await db.update(plans).set({ stage: "closed", closedAt: new Date() }).where(eq(plans.id, other.planId));
    expect((await visitor(db).interviewerJoin.describe({ token: open.token })).state).toBe("revoked");
    expect((await failureOf(visitor(db).interviewerJoin.accept({ token: open.token }))).code).toBe("PRECONDITION_FAILED");
    expect((await visitor(db).interviewerJoin.describe({ token: expired.token })).candidateName).toBeUndefined();
  });

  it("the plan's candidate cannot be its interviewer; the link stays usable", async () => {
    const { db, input, invite } = await setUp();
    const { token } = await invite({ email: input.meeting.candidateEmail });
    expect(await failureOf(visitor(db).interviewerJoin.accept({ token }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: CANDIDATE_AS_INTERVIEWER_MESSAGE,
    });
    expect((await visitor(db).interviewerJoin.describe({ token })).state).toBe("valid");
  });

  it("an account already speaking for another interviewer of the plan is refused", async () => {
    const { db, planId, invite } = await setUp();
    const [first, second] = await interviewerIds(db, planId);
    const email = uniqueEmail("panel");
    await acceptAsInterviewer(db, (await invite({ email, interviewerId: first })).token);
    const { token } = await invite({ email, interviewerId: second });
    expect(await failureOf(visitor(db).interviewerJoin.accept({ token }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: ALREADY_ANOTHER_INTERVIEWER_MESSAGE,
    });
    expect((await interviewerRow(db, second!)).userId).toBeNull();
  });

  it("takes over an account someone registered unverified at the address, as the candidate's link does", async () => {
    const { db, invite } = await setUp();
    const email = uniqueEmail("interviewer");
    const organisationName = `Registrant Org ${randomUUID()}`;
    await callerFor(db, null).auth.signUp({ name: "Mallory", email, password: TEST_PASSWORD, organisationName });
    const [registrant] = await db.select().from(users).where(eq(users.email, email));

    const joined = await acceptAsInterviewer(db, (await invite({ email })).token);
    expect(joined.userId).toBe(registrant!.id);
    expect("token" in joined.signIn).toBe(true);
    const [account] = await db.select().from(users).where(eq(users.id, registrant!.id));
    expect(account).toMatchObject({ passwordHash: null });
    expect(account!.emailVerified).toBeInstanceOf(Date);
    expect(await db.select().from(organisations).where(eq(organisations.name, organisationName))).toEqual([]);
  });

  it("a verified account with a password is attached, and asked to sign in", async () => {
    const { db, invite } = await setUp();
    const owner = await createTestUser(db);
    const { token, interviewerId } = await invite({ email: owner.email });
    expect((await visitor(db).interviewerJoin.accept({ token })).signIn).toEqual({ required: true, email: owner.email });
    expect((await interviewerRow(db, interviewerId)).userId).toBe(owner.id);
  });

  it("asking for a new link tells the recruiter who sent it, once a day", async () => {
    const { db, admin, invite } = await setUp();
    const { token } = await invite({ expiresAt: new Date(Date.now() - 1000) });
    expect(await visitor(db).interviewerJoin.requestNewLink({ token })).toEqual({ ok: true });
    await visitor(db).interviewerJoin.requestNewLink({ token });
    expect(await emailsTo(db, admin.user.email, "plan_link_requested")).toHaveLength(1);
    // An unknown token tells nothing and sends nothing.
    expect(await visitor(db).interviewerJoin.requestNewLink({ token: "y".repeat(43) })).toEqual({ ok: true });
  });
});
