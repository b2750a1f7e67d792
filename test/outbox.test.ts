import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orgInvitations } from "@/db/schema";
import { addMember, createOrganisation, uniqueEmail } from "@/db/seed/factories";
import { inviteRecruiter } from "@/server/domain/organisations";
import { enqueueEmail } from "@/server/email/outbox";
import { magicLinkEmail } from "@/server/email/templates";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { createTestUser } from "./users";

const message = magicLinkEmail({ name: "Ada", url: "http://localhost:3000/sign-in/link?token=t", minutes: 15 });

describe("outbox: an email belongs to the transaction of its change", () => {
  it("is written when the transaction commits", async () => {
    const db = await testDb();
    const to = uniqueEmail("outbox");
    await db.transaction(async (tx) => enqueueEmail(tx, to, message));
    expect(await emailsTo(db, to)).toMatchObject([{ subject: message.subject, kind: "magic_link", status: "pending" }]);
  });

  it("is not written when the transaction fails after enqueueing", async () => {
    const db = await testDb();
    const to = uniqueEmail("outbox");
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, to, message);
        throw new Error("the change failed after the email was queued");
      }),
    ).rejects.toThrow("the change failed");
    expect(await emailsTo(db, to)).toEqual([]);
  });

  it("rolls back together with a real change (an invitation) when the surrounding transaction fails", async () => {
    const db = await testDb();
    const org = await createOrganisation(db);
    const admin = await createTestUser(db);
    await addMember(db, org.id, admin.id, "admin");
    const to = uniqueEmail("invitee");

    await expect(
      db.transaction(async (tx) => {
        await inviteRecruiter(tx, { orgId: org.id, inviterId: admin.id, email: to, role: "recruiter" });
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");

    expect(await emailsTo(db, to)).toEqual([]);
    expect(await db.select().from(orgInvitations).where(eq(orgInvitations.email, to))).toEqual([]);
  });
});
