import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, orgInvitations } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { appRouter } from "@/server/api/root";
import { actorNames, buildActors, type ActorName } from "./actors";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";
import { testDb } from "./db";
import { addTestMember, inviteWithToken, passwordResetToken } from "./fixtures";
import { outcomeOf, rejectionOf, type Outcome } from "./trpc-errors";
import { planRows } from "./plan-matrix-rows";
import { schedulingRows } from "./scheduling-matrix-rows";
import { panelRows } from "./panel-matrix-rows";
import { teamleadRows } from "./teamlead-matrix-rows";
import { insightsRows } from "./insights-matrix-rows";
import { dataRightsRows } from "./datarights-matrix-rows";
import { unverifiedRegistration } from "./registrations";
import { createTestUser, TEST_PASSWORD, type Caller } from "./users";

/**
 * Who may call what. Typed by the router, so a new procedure without a row
 * does not compile; the first test below checks the same at run time.
 * "ok" for otherOrgRecruiter on organisation procedures means: on their own
 * organisation, whatever the cookie says (see the cross-organisation tests).
 * The interviewer is invited to the rows' plans and a member of no
 * organisation: the organisation's procedures refuse them as they refuse the candidate.
 */
const matrix: { [P in ProcedurePath]: Row<InputOf<P>> } = {
  "auth.signUp": {
    input: () => ({
      name: "New Admin",
      email: uniqueEmail("signup"),
      password: TEST_PASSWORD,
      organisationName: `Org ${randomUUID()}`,
    }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.resendVerification": {
    input: async ({ db }) => ({ email: (await unverifiedRegistration(db)).user.email }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.describeVerification": {
    input: async ({ db }) => ({ token: (await unverifiedRegistration(db)).token }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.confirmEmail": {
    input: async ({ db }) => ({ token: (await unverifiedRegistration(db)).token }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.declineRegistration": {
    input: async ({ db }) => ({ token: (await unverifiedRegistration(db)).token }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.requestMagicLink": {
    input: async ({ db }) => ({ email: (await createTestUser(db)).email }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.requestPasswordReset": {
    input: async ({ db }) => ({ email: (await createTestUser(db)).email }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "auth.resetPassword": {
    input: async ({ db }) => ({
      token: await passwordResetToken(db, (await createTestUser(db)).email),
      password: "a brand new password",
    }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "account.me": {
    input: () => undefined,
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "ok",
      interviewer: "ok",
    },
  },
  "account.changePassword": {
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "a brand new password" }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "ok",
      interviewer: "ok",
    },
  },
  "account.setNotificationEmails": { input: () => ({ enabled: false }), expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "ok",
      interviewer: "ok",
    } },
  "notification.list": { input: () => ({ limit: 5 }), expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "ok",
      interviewer: "ok",
    } },
  "notification.markRead": { input: () => ({ ids: "all" as const }), expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "ok",
      interviewer: "ok",
    } },
  "account.switchOrganisation": {
    input: ({ org }) => ({ orgId: org.id }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "NOT_FOUND",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "NOT_FOUND",
      interviewer: "NOT_FOUND",
    },
  },
  "organisation.members": {
    input: () => undefined,
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.settings": {
    input: () => undefined,
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.updateSettings": {
    input: () => ({ candidateChangeCutoffHours: 48 }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "FORBIDDEN",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.invitations": {
    input: () => undefined,
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "FORBIDDEN",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.invite": {
    input: () => ({ email: uniqueEmail("invitee"), role: "recruiter" }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "FORBIDDEN",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.revokeInvitation": {
    input: async ({ db, org, adminUser }) => ({
      invitationId: (await inviteWithToken(db, { orgId: org.id, inviterId: adminUser.id })).invitation.id,
    }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "FORBIDDEN",
      admin: "ok",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.removeMember": {
    input: async ({ db, org }) => ({ membershipId: (await addTestMember(db, org.id)).membership.id }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "FORBIDDEN",
      admin: "ok",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "organisation.changeRole": {
    input: async ({ db, org }) => ({ membershipId: (await addTestMember(db, org.id)).membership.id, role: "admin" }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "FORBIDDEN",
      admin: "ok",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
  "invitation.describe": {
    input: async ({ db, org, adminUser }) => ({
      token: (await inviteWithToken(db, { orgId: org.id, inviterId: adminUser.id })).token,
    }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "invitation.accept": {
    input: async ({ db, org, adminUser }) => ({
      token: (await inviteWithToken(db, { orgId: org.id, inviterId: adminUser.id })).token,
      name: "New Recruiter",
      password: TEST_PASSWORD,
    }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  ...planRows,
  ...schedulingRows,
  ...panelRows,
  ...teamleadRows,
  ...insightsRows,
  ...dataRightsRows,
  // Exists only where env().devOutboxEnabled: DEV_OUTBOX=true under NODE_ENV=test here (vitest.config.ts).
  // Every other combination (production, development off loopback…) is in env.test.ts; the production build's
  // NOT_FOUND is e2e/dev-outbox.spec.ts.
  "devOutbox.list": {
    input: () => ({ limit: 1 }),
    expect: { signedOut: "ok", candidate: "ok", recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
};

/** The caller's function at "router.procedure", so the table can drive the calls. */
function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  return node as (input: unknown) => Promise<unknown>;
}

describe("authorization matrix", () => {
  it("has exactly one row per procedure of the router", () => {
    const procedures = Object.keys(appRouter._def.procedures);
    const rows = Object.keys(matrix);
    expect({
      proceduresWithoutRow: procedures.filter((p) => !rows.includes(p)),
      rowsWithoutProcedure: rows.filter((r) => !procedures.includes(r)),
    }).toEqual({ proceduresWithoutRow: [], rowsWithoutProcedure: [] });
  });

  for (const [path, row] of Object.entries(matrix) as [ProcedurePath, Row<unknown>][]) {
    it(`${path}: each actor gets the expected outcome`, async () => {
      const db = await testDb();
      const fixture = { db, ...(await buildActors(db)) };
      const outcomes = {} as Record<ActorName, Outcome>;
      for (const name of actorNames) {
        const call = procedureAt(fixture.actors[name].caller, path);
        outcomes[name] = await outcomeOf(call(await row.input({ ...fixture, actor: name })));
      }
      expect(outcomes).toEqual(row.expect);
    });
  }
});

describe("another organisation's admin acting on this organisation's records", () => {
  /** Same code and same message as for an id that exists nowhere: the caller cannot tell the two apart. */
  async function expectLooksMissing(attempt: Promise<unknown>, withRandomId: Promise<unknown>) {
    const [real, random] = await Promise.all([rejectionOf(attempt), rejectionOf(withRandomId)]);
    expect(real.code).toBe("NOT_FOUND");
    expect({ code: real.code, message: real.message }).toEqual({ code: random.code, message: random.message });
  }

  it("cannot revoke its invitation, and the invitation stays pending", async () => {
    const db = await testDb();
    const { org, adminUser, actors } = await buildActors(db);
    const { invitation } = await inviteWithToken(db, { orgId: org.id, inviterId: adminUser.id });
    const outsider = actors.otherOrgRecruiter.caller;
    await expectLooksMissing(
      outsider.organisation.revokeInvitation({ invitationId: invitation.id }),
      outsider.organisation.revokeInvitation({ invitationId: randomUUID() }),
    );
    const [row] = await db.select().from(orgInvitations).where(eq(orgInvitations.id, invitation.id));
    expect(row?.revokedAt).toBeNull();
  });

  it("cannot remove its member, and the membership remains", async () => {
    const db = await testDb();
    const { actors, recruiterMembership } = await buildActors(db);
    const outsider = actors.otherOrgRecruiter.caller;
    await expectLooksMissing(
      outsider.organisation.removeMember({ membershipId: recruiterMembership.id }),
      outsider.organisation.removeMember({ membershipId: randomUUID() }),
    );
    const remaining = await db.select().from(memberships).where(eq(memberships.id, recruiterMembership.id));
    expect(remaining).toHaveLength(1);
  });

  it("cannot change its member's role, and the role is unchanged", async () => {
    const db = await testDb();
    const { actors, recruiterMembership } = await buildActors(db);
    const outsider = actors.otherOrgRecruiter.caller;
    await expectLooksMissing(
      outsider.organisation.changeRole({ membershipId: recruiterMembership.id, role: "admin" }),
      outsider.organisation.changeRole({ membershipId: randomUUID(), role: "admin" }),
    );
    const [row] = await db.select().from(memberships).where(eq(memberships.id, recruiterMembership.id));
    expect(row?.role).toBe("recruiter");
  });

  it("sees only its own organisation, even with a cookie naming this one", async () => {
    const db = await testDb();
    const { org, otherOrg, actors } = await buildActors(db);
    const outsider = actors.otherOrgRecruiter;
    const { organisation, members } = await outsider.caller.organisation.members();
    expect(organisation.id).toBe(otherOrg.id);
    expect(members.map((m) => m.userId)).toEqual([outsider.user!.id]);
    const invitedHere = await outsider.caller.organisation.invite({ email: uniqueEmail("invitee") });
    const [row] = await db
      .select({ orgId: orgInvitations.orgId })
      .from(orgInvitations)
      .where(and(eq(orgInvitations.id, invitedHere.id), isNull(orgInvitations.revokedAt)));
    expect(row?.orgId).toBe(otherOrg.id);
    expect(row?.orgId).not.toBe(org.id);
  });
});
