import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, orgInvitations, users } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { signInWithLinkToken } from "@/server/domain/accounts";
import { INVALID_INVITATION_MESSAGE } from "@/server/domain/organisations";
import { buildActors } from "./actors";
import { testDb } from "./db";
import { emailsTo, linkToken, tokenEmailedTo } from "./emails";
import { failureOf } from "./trpc-errors";
import { callerFor, createTestUser, TEST_PASSWORD } from "./users";

const invalidInvitation = {
  code: "BAD_REQUEST",
  message: INVALID_INVITATION_MESSAGE,
  fieldErrors: { token: [INVALID_INVITATION_MESSAGE] },
};

/** An organisation whose admin invites `email`, and the token of the emailed link. */
async function invited(email = uniqueEmail("invitee")) {
  const db = await testDb();
  const { org, actors } = await buildActors(db);
  const admin = actors.admin.caller;
  const invitation = await admin.organisation.invite({ email, role: "recruiter" });
  const token = await tokenEmailedTo(db, email, "org_invitation");
  return { db, org, admin, invitation, email, token, anyone: callerFor(db, null) };
}

describe("invitations", () => {
  it("a new person joins with name and password, once: the link then reads as used", async () => {
    const { db, org, email, token, anyone } = await invited();
    expect(await anyone.invitation.describe({ token })).toEqual({
      state: "valid",
      orgName: org.name,
      email,
      role: "recruiter",
      hasAccount: false,
    });

    const accepted = await anyone.invitation.accept({ token, name: "Grace Hopper", password: TEST_PASSWORD });
    expect(accepted.orgId).toBe(org.id);
    if (!("token" in accepted.signIn)) throw new Error("a fresh invitation to a new account should sign in");
    const signedIn = await signInWithLinkToken(db, accepted.signIn.token);
    expect(signedIn).toMatchObject({ email, name: "Grace Hopper" });
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, signedIn!.id));
    expect(membership).toMatchObject({ orgId: org.id, role: "recruiter" });

    expect(await anyone.invitation.describe({ token })).toEqual({ state: "used", orgName: org.name });
    expect(await failureOf(anyone.invitation.accept({ token, name: "Someone Else", password: TEST_PASSWORD }))).toEqual(
      invalidInvitation,
    );
  });

  it("a failed acceptance (no name for a new account) leaves the link usable", async () => {
    const { org, token, anyone } = await invited();
    const failure = await failureOf(anyone.invitation.accept({ token, password: TEST_PASSWORD }));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { name: ["Enter your name."] } });
    expect((await anyone.invitation.describe({ token })).state).toBe("valid");
    const accepted = await anyone.invitation.accept({ token, name: "Grace Hopper", password: TEST_PASSWORD });
    expect(accepted.orgId).toBe(org.id);
  });

  it("an expired invitation is described as expired and refused", async () => {
    const { db, org, invitation, token, anyone } = await invited();
    await db
      .update(orgInvitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(orgInvitations.id, invitation.id));

    expect(await anyone.invitation.describe({ token })).toEqual({ state: "expired", orgName: org.name });
    expect(await failureOf(anyone.invitation.accept({ token, name: "Late Comer", password: TEST_PASSWORD }))).toEqual(
      invalidInvitation,
    );
    const [members] = await db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, org.id));
    expect(members!.n).toBe(2); // the admin and the recruiter of buildActors, nobody new
  });

  it("a revoked invitation is described as revoked, refused, and no longer listed", async () => {
    const { org, admin, invitation, token, anyone } = await invited();
    await admin.organisation.revokeInvitation({ invitationId: invitation.id });

    expect(await anyone.invitation.describe({ token })).toEqual({ state: "revoked", orgName: org.name });
    expect(await failureOf(anyone.invitation.accept({ token, name: "Too Late", password: TEST_PASSWORD }))).toEqual(
      invalidInvitation,
    );
    expect((await admin.organisation.invitations()).map((i) => i.id)).not.toContain(invitation.id);
  });

  it("an unknown token reveals nothing", async () => {
    const { anyone } = await invited();
    expect(await anyone.invitation.describe({ token: "not-a-real-token" })).toEqual({ state: "unknown" });
  });

  it("someone who already has an account with a password joins without choosing one, then signs in to it", async () => {
    const db = await testDb();
    const existing = await createTestUser(db, { name: "Existing Person" });
    const { org, token, anyone } = await invited(existing.email);

    expect(await anyone.invitation.describe({ token })).toMatchObject({ state: "valid", hasAccount: true });
    const accepted = await anyone.invitation.accept({ token });
    expect(accepted.signIn).toEqual({ required: true, email: existing.email });

    const [membership] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, existing.id)));
    expect(membership?.role).toBe("recruiter");
    const accounts = await db.select().from(users).where(eq(users.email, existing.email));
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.passwordHash).toBe(existing.passwordHash);
  });

  it("inviting the same person again revokes the older link; only the newest works", async () => {
    const { db, org, admin, email, token: first, anyone } = await invited();
    await admin.organisation.invite({ email, role: "admin" });
    const tokens = (await emailsTo(db, email, "org_invitation")).map((e) => linkToken(e.textBody));
    const second = tokens.find((t) => t !== first)!;
    expect(tokens).toHaveLength(2);

    expect((await anyone.invitation.describe({ token: first })).state).toBe("revoked");
    expect(await failureOf(anyone.invitation.accept({ token: first, name: "Old Link", password: TEST_PASSWORD }))).toEqual(
      invalidInvitation,
    );
    expect((await admin.organisation.invitations()).filter((i) => i.email === email)).toMatchObject([{ role: "admin" }]);

    const accepted = await anyone.invitation.accept({ token: second, name: "New Link", password: TEST_PASSWORD });
    expect(accepted.orgId).toBe(org.id);
  });
});
