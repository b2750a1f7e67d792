import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships } from "@/db/schema";
import { addMember, createOrganisation } from "@/db/seed/factories";
import { findActiveSession } from "@/server/auth/sessions";
import { testDb } from "./db";
import { addTestMember } from "./fixtures";
import { failureOf, outcomeOf } from "./trpc-errors";
import { callerFor, createTestUser, signIn } from "./users";

const LAST_ADMIN_MESSAGE = "An organisation needs at least one admin: make someone else admin first.";

/** An organisation with one admin (signed in) and one recruiter (signed in twice). */
async function team() {
  const db = await testDb();
  const org = await createOrganisation(db);
  const adminUser = await createTestUser(db, { name: "Only Admin" });
  const adminMembership = await addMember(db, org.id, adminUser.id, "admin");
  const admin = callerFor(db, await signIn(db, adminUser.id));
  const recruiter = await addTestMember(db, org.id, "recruiter");
  const recruiterSessions = [await signIn(db, recruiter.user.id), await signIn(db, recruiter.user.id)];
  return { db, org, admin, adminMembership, recruiter, recruiterSessions };
}

describe("removing a member", () => {
  it("ends their sessions and refuses their very next call", async () => {
    const { db, admin, recruiter, recruiterSessions } = await team();
    // A browser that was signed in and working when the removal happened.
    const browser = callerFor(db, recruiterSessions[0]!);
    expect(await outcomeOf(browser.organisation.members())).toBe("ok");

    await admin.organisation.removeMember({ membershipId: recruiter.membership.id });

    for (const session of recruiterSessions) expect(await findActiveSession(db, session.sessionToken)).toBeNull();
    // Every request checks its session row, so that browser's very next request is refused.
    expect(await outcomeOf(browser.organisation.members())).toBe("UNAUTHORIZED");
    // Signing in again gives a session, but no way back into the organisation.
    const again = callerFor(db, await signIn(db, recruiter.user.id));
    expect(await outcomeOf(again.organisation.members())).toBe("FORBIDDEN");
    expect((await again.account.me()).memberships).toEqual([]);
  });
});

describe("the last admin", () => {
  it("cannot be removed", async () => {
    const { db, org, admin, adminMembership } = await team();
    expect(await failureOf(admin.organisation.removeMember({ membershipId: adminMembership.id }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: LAST_ADMIN_MESSAGE,
    });
    expect(await adminCount(db, org.id)).toBe(1);
  });

  it("cannot be demoted, until someone else is admin", async () => {
    const { db, org, admin, adminMembership, recruiter } = await team();
    expect(
      await failureOf(admin.organisation.changeRole({ membershipId: adminMembership.id, role: "recruiter" })),
    ).toMatchObject({ code: "PRECONDITION_FAILED", message: LAST_ADMIN_MESSAGE });

    await admin.organisation.changeRole({ membershipId: recruiter.membership.id, role: "admin" });
    await admin.organisation.changeRole({ membershipId: adminMembership.id, role: "recruiter" });
    expect(await adminCount(db, org.id)).toBe(1);
    expect(await outcomeOf(admin.organisation.invitations())).toBe("FORBIDDEN");
  });

  it("survives two admins demoting each other at the same moment, with a clear refusal for one", async () => {
    const { db, org, admin, adminMembership, recruiter } = await team();
    await admin.organisation.changeRole({ membershipId: recruiter.membership.id, role: "admin" });
    const secondAdmin = callerFor(db, await signIn(db, recruiter.user.id));

    const results = await Promise.allSettled([
      admin.organisation.changeRole({ membershipId: recruiter.membership.id, role: "recruiter" }),
      secondAdmin.organisation.changeRole({ membershipId: adminMembership.id, role: "recruiter" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // The other is told why (it came second, or its sender is no longer admin), not "something went wrong".
    const refused = results.find((r) => r.status === "rejected")?.reason as { code?: string };
    expect(["PRECONDITION_FAILED", "FORBIDDEN"]).toContain(refused.code);
    expect(await adminCount(db, org.id)).toBe(1);
  });
});

async function adminCount(db: Awaited<ReturnType<typeof testDb>>, orgId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "admin")));
  return row!.n;
}
