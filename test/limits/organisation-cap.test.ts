import { randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, orgInvitations } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { ORGANISATION_FULL_MESSAGE } from "@/server/domain/organisations";
import { MAX_MEMBERS_PER_ORG } from "@/server/rules/limits";
import { testDb } from "../db";
import { newOrg } from "../plan-api";
import { failureOf, outcomeOf } from "../trpc-errors";

/** A new organisation (one admin) with pending invitations up to `total` members and invitations together. */
async function organisationHolding(total: number) {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const emails = Array.from({ length: total - 1 }, () => uniqueEmail("pending"));
  await db.insert(orgInvitations).values(
    emails.map((email) => ({
      orgId: org.id,
      email,
      role: "recruiter" as const,
      tokenHash: randomBytes(32).toString("hex"),
      invitedById: admin.user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    })),
  );
  const held = async () => {
    const [members] = await db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, org.id));
    const [pending] = await db
      .select({ n: count() })
      .from(orgInvitations)
      .where(and(eq(orgInvitations.orgId, org.id), isNull(orgInvitations.acceptedAt), isNull(orgInvitations.revokedAt), gt(orgInvitations.expiresAt, new Date())));
    return members!.n + pending!.n;
  };
  return { admin, emails, held };
}

describe("members and pending invitations per organisation", () => {
  it("a full organisation refuses a new invitation with a message next to the email, and sends nothing", async () => {
    const { admin, held } = await organisationHolding(MAX_MEMBERS_PER_ORG);
    const failure = await failureOf(admin.caller.organisation.invite({ email: uniqueEmail("one-too-many") }));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", message: ORGANISATION_FULL_MESSAGE, fieldErrors: { email: [ORGANISATION_FULL_MESSAGE] } });
    expect(await held()).toBe(MAX_MEMBERS_PER_ORG);
  });

  it("inviting a pending address again still works when full: it replaces that invitation", async () => {
    const { admin, emails, held } = await organisationHolding(MAX_MEMBERS_PER_ORG);
    await admin.caller.organisation.invite({ email: emails[0]! });
    expect(await held()).toBe(MAX_MEMBERS_PER_ORG);
  });

  it("the lists the admin reads stay within the cap", async () => {
    const { admin } = await organisationHolding(MAX_MEMBERS_PER_ORG);
    expect(await admin.caller.organisation.invitations()).toHaveLength(MAX_MEMBERS_PER_ORG - 1);
    expect((await admin.caller.organisation.members()).members).toHaveLength(1);
  });

  it("20 concurrent invitations at the edge: exactly one fits", async () => {
    const { admin, held } = await organisationHolding(MAX_MEMBERS_PER_ORG - 1);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => outcomeOf(admin.caller.organisation.invite({ email: uniqueEmail("racer") }))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "ok" && o !== "BAD_REQUEST")).toEqual([]);
    expect(await held()).toBe(MAX_MEMBERS_PER_ORG);
  });
});
