import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { takeSlot } from "@/server/domain/rate-limit";
import { emailQuotas } from "@/server/email/quotas";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { newOrg, sharedPlan } from "./plan-api";
import { holdMeeting } from "./plan-fixtures";

/**
 * A candidate invited but not joined yet has no account to batch
 * notifications for, so each one is emailed on its own (notifications.ts):
 * the recipient's quotas bound how many a busy day sends, and never refuse
 * the change that caused them.
 */
async function unjoinedAfterMeeting() {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const { planId, input } = await sharedPlan(db, admin);
  await holdMeeting(db, planId);
  return { db, org, admin, planId, to: input.meeting.candidateEmail };
}

describe("notification emails to a candidate who has not joined yet", () => {
  it("each goes at once, up to the per-recipient notification quota a day; past it every change still succeeds and nothing more is sent", async () => {
    const { db, admin, planId, to } = await unjoinedAfterMeeting();
    const limit = emailQuotas.notificationsToRecipientFromOrganisation.limit;

    const { id: stepId } = await admin.caller.nextStep.propose({ planId, description: "Reference check", owner: "recruiter" });
    expect(await emailsTo(db, to, "plan_update")).toHaveLength(1);
    for (let version = 1; version <= limit + 5; version++)
      await admin.caller.nextStep.edit({ planId, stepId, expectedVersion: version, description: `Reference check ${version}`, owner: "recruiter" });

    const emails = await emailsTo(db, to, "plan_update");
    expect(emails).toHaveLength(limit);
    expect(emails.every((e) => e.textBody.includes(`/interviews/${planId}`))).toBe(true);
  });

  it("count against the inbox's quota across organisations: a full inbox gets none, and the notification slot is given back", async () => {
    const { db, org, admin, planId, to } = await unjoinedAfterMeeting();
    for (let i = 0; i < emailQuotas.perRecipient.limit; i++) await takeSlot(db, `email:to:${to}`, emailQuotas.perRecipient);
    const before = (await emailsTo(db, to)).length;

    await admin.caller.nextStep.propose({ planId, description: "Reference check", owner: "recruiter" });

    expect(await emailsTo(db, to)).toHaveLength(before);
    const [notificationCount] = await db
      .select({ count: rateLimits.count })
      .from(rateLimits)
      .where(eq(rateLimits.key, `email:notification:org:${org.id}:to:${to}`));
    expect(notificationCount?.count ?? 0).toBe(0);
  });
});
