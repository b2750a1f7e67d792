import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orgInvitations, outbox, planInvitations, plans } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { emailQuotas, takeEmailQuota } from "@/server/email/quotas";
import { LONGEST_RATE_LIMIT_WINDOW_MS } from "@/server/jobs/purge";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { editableContent, newOrg, planInput, recruiterOf, type Recruiter } from "./plan-api";
import { failureOf, outcomeOf } from "./trpc-errors";

const inWait = "in (a minute|\\d+ minutes|\\d+ hours)";

async function draftPlans(recruiter: Recruiter, n: number, candidateEmail?: () => string) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const input = planInput(candidateEmail ? { candidateEmail: candidateEmail() } : {});
    ids.push((await recruiter.caller.plan.create(input)).id);
  }
  return ids;
}

describe("outbound email quotas", () => {
  it("allows a recruiter exactly their hourly invitations when many shares race, and the refused ones write nothing", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const limit = emailQuotas.perSender.invitation.limit;
    const ids = await draftPlans(admin, limit + 10);

    const outcomes = await Promise.all(ids.map((planId) => outcomeOf(admin.caller.plan.share({ planId }))));

    expect(outcomes.filter((o) => o === "ok")).toHaveLength(limit);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS")).toHaveLength(10);
    const rows = await db.select({ id: plans.id, stage: plans.stage, email: plans.candidateEmail }).from(plans).where(inArray(plans.id, ids));
    const refused = ids.filter((_, i) => outcomes[i] !== "ok");
    expect(rows.filter((r) => refused.includes(r.id)).map((r) => r.stage)).toEqual(Array(10).fill("draft"));
    expect(await db.select().from(planInvitations).where(inArray(planInvitations.planId, refused))).toEqual([]);
    const emails = await db.select().from(outbox).where(inArray(outbox.toAddress, rows.map((r) => r.email)));
    expect(emails).toHaveLength(limit);

    const failure = await failureOf(admin.caller.plan.share({ planId: refused[0]! }));
    expect(failure.message).toMatch(new RegExp(`^You've sent ${limit} invitations in the last hour; try again ${inWait}\\.$`));
    expect(failure.code).toBe("TOO_MANY_REQUESTS");
  });

  it("lets an organisation send a candidate only so many invitations a day, however many plans race to share", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const candidateEmail = uniqueEmail("much-invited");
    const limit = emailQuotas.perRecipientFromOrganisation.invitation.limit;
    const ids = await draftPlans(admin, 20, () => candidateEmail);

    const outcomes = await Promise.all(ids.map((planId) => outcomeOf(admin.caller.plan.share({ planId }))));

    expect(outcomes.filter((o) => o === "ok")).toHaveLength(limit);
    expect(await emailsTo(db, candidateEmail, "plan_invitation")).toHaveLength(limit);
    const refused = ids.find((_, i) => outcomes[i] !== "ok")!;
    expect((await failureOf(admin.caller.plan.share({ planId: refused }))).message).toMatch(
      new RegExp(`^Your organisation has sent ${limit} invitations to ${candidateEmail} in the last 24 hours; try again ${inWait}\\.$`),
    );
  });

  it("refuses a colleague invitation past the recipient's quota next to the email field, keeping the pending one", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const email = uniqueEmail("colleague");
    const limit = emailQuotas.perRecipientFromOrganisation.invitation.limit;
    for (let i = 0; i < limit; i++) await admin.caller.organisation.invite({ email, role: "recruiter" });
    const before = await db.select().from(orgInvitations).where(and(eq(orgInvitations.orgId, org.id), eq(orgInvitations.email, email)));

    const failure = await failureOf(admin.caller.organisation.invite({ email, role: "admin" }));

    expect(failure.code).toBe("TOO_MANY_REQUESTS");
    expect(failure.message).toMatch(new RegExp(`^Your organisation has sent ${limit} invitations to ${email} in the last 24 hours; try again ${inWait}\\.$`));
    expect(failure.fieldErrors).toEqual({ email: [failure.message] });
    expect(await db.select().from(orgInvitations).where(and(eq(orgInvitations.orgId, org.id), eq(orgInvitations.email, email)))).toEqual(before);
    expect(await emailsTo(db, email, "org_invitation")).toHaveLength(limit);
  });

  it("protects one inbox from every organisation together, without saying who else wrote", async () => {
    const db = await testDb();
    const email = uniqueEmail("popular");
    const perOrg = emailQuotas.perRecipientFromOrganisation.invitation.limit;
    const orgsNeeded = emailQuotas.perRecipient.limit / perOrg;
    for (let o = 0; o < orgsNeeded; o++) {
      const { admin } = await newOrg(db);
      for (let i = 0; i < perOrg; i++) await admin.caller.organisation.invite({ email, role: "recruiter" });
    }
    const { admin: newcomer } = await newOrg(db);

    const failure = await failureOf(newcomer.caller.organisation.invite({ email, role: "recruiter" }));

    expect(failure.message).toMatch(new RegExp(`^${email} has received too many emails from Second Round in the last 24 hours; try again ${inWait}\\.$`));
    expect(await emailsTo(db, email)).toHaveLength(emailQuotas.perRecipient.limit);
  });

  it("caps an organisation's emails a day across all its recruiters", async () => {
    const db = await testDb();
    const { org, admin } = await newOrg(db);
    const colleague = await recruiterOf(db, org.id);
    // The organisation's other emails of the day, sent by the system (no sender), twenty at a time.
    for (let sent = 0; sent < emailQuotas.perOrganisation.limit; sent += 20)
      await Promise.all(
        Array.from({ length: 20 }, () => takeEmailQuota(db, { purpose: "invitation", senderId: null, orgId: org.id, to: uniqueEmail("bulk") })),
      );
    const [planId] = await draftPlans(colleague, 1);

    const failure = await failureOf(colleague.caller.plan.share({ planId: planId! }));

    expect(failure.message).toMatch(
      new RegExp(`^Your organisation has sent ${emailQuotas.perOrganisation.limit} emails in the last 24 hours; try again ${inWait}\\.$`),
    );
    expect((await admin.caller.plan.get({ planId: planId! })).stage).toBe("draft");
  });

  it("refuses the reschedule that would email the candidate once too often, and the plan keeps its time", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { id: planId } = await admin.caller.plan.create(planInput());
    await admin.caller.plan.share({ planId });
    const limit = emailQuotas.perRecipientFromOrganisation.meeting_update.limit;
    const move = async (day: number) => {
      const { content, version } = await editableContent(admin, planId);
      content.meeting.startsAtLocal = `2031-02-${String(day).padStart(2, "0")}T10:00`;
      return admin.caller.plan.update({ planId, expectedVersion: version, ...content });
    };
    for (let day = 1; day <= limit; day++) expect((await move(day)).rescheduled).toBe(true);
    const before = await admin.caller.plan.get({ planId });

    const failure = await failureOf(move(25));

    expect(failure.message).toMatch(
      new RegExp(`^Your organisation has sent ${limit} meeting updates to ${before.candidateEmail} in the last 24 hours; try again ${inWait}\\.$`),
    );
    const after = await admin.caller.plan.get({ planId });
    expect([after.version, after.startsAtLocal]).toEqual([before.version, before.startsAtLocal]);
    expect(await emailsTo(db, before.candidateEmail, "plan_rescheduled")).toHaveLength(limit);
  });

  it("keeps every quota window within what the purge job treats as finished", () => {
    const policies = [
      ...Object.values(emailQuotas.perSender),
      emailQuotas.perOrganisation,
      ...Object.values(emailQuotas.perRecipientFromOrganisation),
      emailQuotas.perRecipient,
    ];
    for (const policy of policies) expect(policy.windowMs).toBeLessThanOrEqual(LONGEST_RATE_LIMIT_WINDOW_MS);
  });
});
