import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { memberships, orgInvitations, organisations, planInvitations, plans, users } from "@/db/schema";
import { addMember, createUser, uniqueEmail } from "@/db/seed/factories";
import { findActiveSession } from "@/server/auth/sessions";
import { authenticateWithPassword, BAD_CREDENTIALS_MESSAGE, signInWithLinkToken } from "@/server/domain/accounts";
import { AppError } from "@/server/domain/errors";
import { CANDIDATE_AS_MEMBER_MESSAGE } from "@/server/domain/organisations";
import { MEMBER_AS_CANDIDATE_MESSAGE } from "@/server/domain/plan-invitations";
import { MEMBER_AS_CANDIDATE_EMAIL_MESSAGE } from "@/server/domain/plans";
import { env } from "@/server/env";
import { testDb } from "./db";
import { tokenEmailedTo } from "./emails";
import { inviteWithToken, passwordResetToken } from "./fixtures";
import { acceptAsCandidate, editableContent, newOrg, planInput, sharedPlan, visitor } from "./plan-api";
import { failureOf } from "./trpc-errors";
import { callerFor, createTestUser, signIn, TEST_PASSWORD, uniqueIp } from "./users";

/** An attacker registers someone else's address through the sign-up form, and holds a session from before the fix. */
async function registrantOf(db: Db, email: string) {
  const organisationName = `Registrant Org ${randomUUID()}`;
  await callerFor(db, null).auth.signUp({ name: "Mallory", email, password: TEST_PASSWORD, organisationName });
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const [org] = await db.select().from(organisations).where(eq(organisations.name, organisationName));
  const session = await signIn(db, user!.id);
  const verificationToken = await tokenEmailedTo(db, email, "email_verification");
  return { user: user!, org: org!, session, verificationToken };
}

/** The registrant's password sign-in, as { code, message } when refused. */
async function registrantSignsIn(db: Db, email: string) {
  try {
    return await authenticateWithPassword(db, { email, password: TEST_PASSWORD, ip: uniqueIp() });
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** Whatever the registrant still holds gets them nowhere. */
async function expectLockedOut(db: Db, registrant: Awaited<ReturnType<typeof registrantOf>>) {
  expect(await registrantSignsIn(db, registrant.user.email)).toEqual({ code: "UNAUTHORIZED", message: BAD_CREDENTIALS_MESSAGE });
  expect(await findActiveSession(db, registrant.session.sessionToken)).toBeNull();
  const anyone = callerFor(db, null);
  expect(await anyone.auth.describeVerification({ token: registrant.verificationToken })).toEqual({ state: "invalid" });
  expect((await failureOf(anyone.auth.confirmEmail({ token: registrant.verificationToken }))).code).toBe("BAD_REQUEST");
  expect((await failureOf(anyone.auth.declineRegistration({ token: registrant.verificationToken }))).code).toBe("BAD_REQUEST");
  // The organisation they set up went with the registration.
  expect(await db.select().from(organisations).where(eq(organisations.id, registrant.org.id))).toEqual([]);
}

describe("an account registered under someone else's address", () => {
  it("candidate variant: the candidate who follows the join link takes it over; the registrant sees nothing", async () => {
    const db = await testDb();
    const candidateEmail = uniqueEmail("candidate");
    const registrant = await registrantOf(db, candidateEmail);

    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin, planInput({ candidateEmail, candidateName: "Casey Candidate" }));
    const candidate = await acceptAsCandidate(db, token);
    expect(candidate.userId).toBe(registrant.user.id);
    const secret = `CANDSECRET-${randomUUID()}`;
    await candidate.caller.goal.add({ planId, kind: "doubt", text: secret, visibility: "private" });

    await expectLockedOut(db, registrant);
    const [account] = await db.select().from(users).where(eq(users.id, candidate.userId));
    expect(account).toMatchObject({ name: "Casey Candidate", passwordHash: null });
    expect(account!.emailVerified).toBeInstanceOf(Date);
    expect(await db.select().from(memberships).where(eq(memberships.userId, candidate.userId))).toEqual([]);

    // The registrant's old session, replayed as a browser would: signed out, so every plan procedure refuses.
    const replayed = callerFor(db, await findActiveSession(db, registrant.session.sessionToken));
    for (const attempt of [
      () => replayed.interview.get({ planId }),
      () => replayed.goal.list({ planId }),
      () => replayed.interview.list(),
      () => replayed.plan.get({ planId }),
    ])
      expect((await failureOf(attempt())).code).toBe("UNAUTHORIZED");
    // The candidate keeps their plan and goal.
    const { goals } = await candidate.caller.goal.list({ planId });
    expect(goals.map((g) => g.text)).toContain(secret);
  });

  it("organisation variant: the invited colleague takes it over; the registrant gets nothing", async () => {
    const db = await testDb();
    const colleagueEmail = uniqueEmail("colleague");
    const registrant = await registrantOf(db, colleagueEmail);
    const { org, admin } = await newOrg(db);
    const { token } = await inviteWithToken(db, { orgId: org.id, inviterId: admin.user.id, email: colleagueEmail });

    const anyone = callerFor(db, null);
    // An unverified account does not own the address: the invitee is asked for a name and password of their own.
    expect(await anyone.invitation.describe({ token })).toMatchObject({ state: "valid", hasAccount: false });
    const accepted = await anyone.invitation.accept({ token, name: "Cole League", password: "the colleague's own passphrase" });
    expect(accepted.orgId).toBe(org.id);
    if (!("token" in accepted.signIn)) throw new Error("a fresh invitation that created the account should sign in");
    expect(await signInWithLinkToken(db, accepted.signIn.token)).toMatchObject({ id: registrant.user.id, name: "Cole League" });

    await expectLockedOut(db, registrant);
    const theirs = await db
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.userId, registrant.user.id));
    expect(theirs).toEqual([{ orgId: org.id }]);
    expect(
      await authenticateWithPassword(db, { email: colleagueEmail, password: "the colleague's own passphrase", ip: uniqueIp() }),
    ).toMatchObject({ id: registrant.user.id });
  });

  it("an emailed sign-in link takes it over too", async () => {
    const db = await testDb();
    const email = uniqueEmail("owner");
    const registrant = await registrantOf(db, email);
    await callerFor(db, null).auth.requestMagicLink({ email });
    const signedIn = await signInWithLinkToken(db, await tokenEmailedTo(db, email, "magic_link"));
    expect(signedIn).toMatchObject({ id: registrant.user.id });
    await expectLockedOut(db, registrant);
  });

  it("a password reset takes it over too: only the new password works", async () => {
    const db = await testDb();
    const email = uniqueEmail("owner");
    const registrant = await registrantOf(db, email);
    const token = await passwordResetToken(db, email);
    await callerFor(db, null).auth.resetPassword({ token, password: "the owner's new passphrase" });
    await expectLockedOut(db, registrant);
    expect(await authenticateWithPassword(db, { email, password: "the owner's new passphrase", ip: uniqueIp() })).toMatchObject({
      id: registrant.user.id,
    });
  });

  it("a verified account is never taken over: a join link attaches the plan and asks for a sign-in", async () => {
    const db = await testDb();
    const owner = await createTestUser(db);
    const session = await signIn(db, owner.id);
    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin, planInput({ candidateEmail: owner.email }));

    expect(await visitor(db).join.accept({ token })).toEqual({ planId, signIn: { required: true, email: owner.email } });
    expect(await findActiveSession(db, session.sessionToken)).not.toBeNull();
    expect(await authenticateWithPassword(db, { email: owner.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({
      id: owner.id,
    });
    const [plan] = await db.select({ candidateUserId: plans.candidateUserId }).from(plans).where(eq(plans.id, planId));
    expect(plan?.candidateUserId).toBe(owner.id);
  });
});

describe("a join or invitation link signs in only a password-less, member-less account, while minutes old", () => {
  it("join: an account with no password and no membership is signed in", async () => {
    const db = await testDb();
    const candidate = await createUser(db, { email: uniqueEmail("candidate") });
    const { admin } = await newOrg(db);
    const { token } = await sharedPlan(db, admin, planInput({ candidateEmail: candidate.email }));
    const { signIn: next } = await visitor(db).join.accept({ token });
    if (!("token" in next)) throw new Error("expected a sign-in token");
    expect(await signInWithLinkToken(db, next.token)).toMatchObject({ id: candidate.id });
  });

  it("join: an account without a password but with a membership elsewhere is asked to sign in", async () => {
    const db = await testDb();
    const elsewhere = await newOrg(db);
    const recruiter = await createUser(db, { email: uniqueEmail("recruiter") });
    await addMember(db, elsewhere.org.id, recruiter.id, "recruiter");
    const { admin } = await newOrg(db);
    const { planId, token } = await sharedPlan(db, admin, planInput({ candidateEmail: recruiter.email }));
    expect(await visitor(db).join.accept({ token })).toEqual({ planId, signIn: { required: true, email: recruiter.email } });
  });

  it(`join: a link older than LINK_SIGN_IN_MINUTES attaches the plan but does not sign in`, async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    const { planId, token } = await sharedPlan(db, admin, input);
    const issued = new Date(Date.now() - env().LINK_SIGN_IN_MINUTES * 60_000 - 1000);
    await db.update(planInvitations).set({ createdAt: issued }).where(eq(planInvitations.planId, planId));

    const email = input.meeting.candidateEmail;
    expect(await visitor(db).join.accept({ token })).toEqual({ planId, signIn: { required: true, email } });
    const [account] = await db.select().from(users).where(eq(users.email, email));
    const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
    expect(plan).toMatchObject({ candidateUserId: account!.id, stage: "preparing" });
  });

  it("invitation: a candidate-only account (no password, no membership) is signed in", async () => {
    const db = await testDb();
    const person = await createUser(db, { email: uniqueEmail("candidate-turned-recruiter") });
    const { org, admin } = await newOrg(db);
    const { token } = await inviteWithToken(db, { orgId: org.id, inviterId: admin.user.id, email: person.email });
    const { signIn: next } = await callerFor(db, null).invitation.accept({ token });
    if (!("token" in next)) throw new Error("expected a sign-in token");
    expect(await signInWithLinkToken(db, next.token)).toMatchObject({ id: person.id });
  });

  it("invitation: an old link still adds the membership, but asks for a sign-in", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const email = uniqueEmail("invitee");
    const { invitation, token } = await inviteWithToken(db, { orgId: org.id, inviterId: admin.user.id, email });
    const issued = new Date(Date.now() - env().LINK_SIGN_IN_MINUTES * 60_000 - 1000);
    await db.update(orgInvitations).set({ createdAt: issued }).where(eq(orgInvitations.id, invitation.id));

    const accepted = await callerFor(db, null).invitation.accept({ token, name: "Late Reader", password: TEST_PASSWORD });
    expect(accepted).toEqual({ orgId: org.id, signIn: { required: true, email } });
    const [account] = await db.select().from(users).where(eq(users.email, email));
    const joined = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, account!.id)));
    expect(joined).toEqual([{ role: "recruiter" }]);
  });

  it("invitation: a bad token is refused before the password is even looked at", async () => {
    const db = await testDb();
    const failure = await failureOf(
      callerFor(db, null).invitation.accept({ token: "no-such-invitation-token", name: "Nobody", password: TEST_PASSWORD }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fieldErrors).toHaveProperty("token");
  });
});

describe("a member of the organisation is never the candidate of its plan", () => {
  it("plan.create refuses a member's address on the candidate email field, and writes nothing", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const input = planInput({ candidateEmail: admin.user.email });
    const failure = await failureOf(admin.caller.plan.create(input));
    expect(failure).toMatchObject({
      code: "BAD_REQUEST",
      message: MEMBER_AS_CANDIDATE_EMAIL_MESSAGE,
      fieldErrors: { "meeting.candidateEmail": [MEMBER_AS_CANDIDATE_EMAIL_MESSAGE] },
    });
    expect(await db.select().from(plans).where(eq(plans.orgId, org.id))).toEqual([]);
  });

  it("plan.update refuses changing the candidate to a member, and the plan is unchanged", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id: planId } = await admin.caller.plan.create(planInput());
    const { content, version, plan } = await editableContent(admin, planId);
    content.meeting.candidateEmail = admin.user.email;
    const failure = await failureOf(admin.caller.plan.update({ planId, expectedVersion: version, ...content }));
    expect(failure.fieldErrors).toEqual({ "meeting.candidateEmail": [MEMBER_AS_CANDIDATE_EMAIL_MESSAGE] });
    expect(await admin.caller.plan.get({ planId })).toMatchObject({ candidateEmail: plan.candidateEmail, version });
  });

  it("join: an account that is a member of the plan's organisation is refused, and nothing changes", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const input = planInput();
    const { planId, token } = await sharedPlan(db, admin, input);
    // The candidate became a member after the plan was shared.
    const member = await createUser(db, { email: input.meeting.candidateEmail });
    await addMember(db, org.id, member.id, "recruiter");

    const failure = await failureOf(visitor(db).join.accept({ token }));
    expect(failure).toMatchObject({ code: "PRECONDITION_FAILED", message: MEMBER_AS_CANDIDATE_MESSAGE });
    const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
    expect(plan).toMatchObject({ candidateUserId: null, stage: "shared" });
    expect((await visitor(db).join.describe({ token })).state).toBe("valid");
  });

  it("invitation: the candidate of one of the organisation's open plans is refused, and gets no membership", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const { token: joinToken } = await sharedPlan(db, admin);
    const candidate = await acceptAsCandidate(db, joinToken);
    const [account] = await db.select().from(users).where(eq(users.id, candidate.userId));
    const { token } = await inviteWithToken(db, { orgId: org.id, inviterId: admin.user.id, email: account!.email });

    const failure = await failureOf(callerFor(db, null).invitation.accept({ token }));
    expect(failure).toMatchObject({ code: "PRECONDITION_FAILED", message: CANDIDATE_AS_MEMBER_MESSAGE });
    expect(await db.select().from(memberships).where(eq(memberships.userId, candidate.userId))).toEqual([]);
    expect((await callerFor(db, null).invitation.describe({ token })).state).toBe("valid");
  });
});
