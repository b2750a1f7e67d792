import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobs, notifications } from "@/db/schema";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { joinedPlan, newOrg, planInput } from "../plan-api";
import { holdMeeting } from "../plan-fixtures";
import { debriefSetUp, digestsTo, notificationsAbout, sendDueDigests, startOfDigestWindow } from "./fixtures";

/**
 * "Notification emails to one person are batched": every notification that
 * would have been an email waits for the recipient's digest, one email per
 * person and window, sent once by however many workers.
 */
describe("notification emails are batched per person", () => {
  it("three events within the window make one email with three items, each plan linked", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    const { db, planId } = s;
    for (const description of ["Reference check", "Meet the team", "Send the offer letter"])
      await s.admin.caller.nextStep.propose({ planId, description, owner: "recruiter" });
    // Nothing is sent while the window is open.
    expect(await emailsTo(db, s.input.meeting.candidateEmail, "plan_update")).toEqual([]);
    const [pendingJob, ...moreJobs] = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, "notification_digest"), eq(jobs.payload, { userId: s.candidate.userId })));
    expect(moreJobs).toEqual([]);
    expect(pendingJob!.status).toBe("pending");

    const [email, ...more] = await digestsTo(db, s.input.meeting.candidateEmail);
    expect(more).toEqual([]);
    expect(email!.subject).toBe(`3 updates on ${s.input.meeting.roleTitle} at ${s.input.meeting.hiringCompany}`);
    const items = email!.textBody.split("\n").filter((line) => line.startsWith("- "));
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('"Reference check"');
    expect(items[1]).toContain('"Meet the team"');
    expect(items[2]).toContain('"Send the offer letter"');
    expect(email!.textBody).toContain(`Open the plan: http://localhost:3000/interviews/${planId}`);
    expect(email!.textBody).toContain("You can turn off these emails in your account settings.");
    // The flags are cleared: running the jobs again sends nothing more.
    expect(await db.select().from(notifications).where(and(eq(notifications.userId, s.candidate.userId), eq(notifications.emailPending, true)))).toEqual([]);
    expect(await digestsTo(db, s.input.meeting.candidateEmail)).toHaveLength(1);
  });

  it("a notification read in the app before the job runs is not emailed; all read, no email at all", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    const { db, planId } = s;
    await s.admin.caller.nextStep.propose({ planId, description: "Seen in the app", owner: "recruiter" });
    await s.admin.caller.nextStep.propose({ planId, description: "Not seen yet", owner: "recruiter" });
    const [seen] = await notificationsAbout(s.candidate.caller, planId, "step_proposed").then((list) =>
      list.filter((n) => n.message.includes("Seen in the app")),
    );
    await s.candidate.caller.notification.markRead({ ids: [seen!.id] });

    const [email, ...more] = await digestsTo(db, s.input.meeting.candidateEmail);
    expect(more).toEqual([]);
    expect(email!.subject).toBe(`Update on ${s.input.meeting.roleTitle} at ${s.input.meeting.hiringCompany}`);
    expect(email!.textBody).toContain("Not seen yet");
    expect(email!.textBody).not.toContain("Seen in the app");

    const t = await debriefSetUp();
    await t.admin.caller.nextStep.propose({ planId: t.planId, description: "Read at once", owner: "recruiter" });
    await t.candidate.caller.notification.markRead({ ids: "all" });
    expect(await digestsTo(t.db, t.input.meeting.candidateEmail)).toEqual([]);
  });

  it("two job workers running at once send the digest once", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    await s.admin.caller.nextStep.propose({ planId: s.planId, description: "Only once", owner: "recruiter" });
    await s.admin.caller.nextStep.propose({ planId: s.planId, description: "Also once", owner: "recruiter" });
    await Promise.all([sendDueDigests(s.db), sendDueDigests(s.db), sendDueDigests(s.db)]);
    const [email, ...more] = await emailsTo(s.db, s.input.meeting.candidateEmail, "plan_update");
    expect(more).toEqual([]);
    expect(email!.textBody.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(2);
  });

  it("one email covers several plans, each with its own link; each side's digest holds only what was written for it", async () => {
    await startOfDigestWindow();
    const db = await testDb();
    const { admin } = await newOrg(db);
    const first = await joinedPlan(db, admin, planInput({ roleTitle: "Design Lead" }));
    const second = await joinedPlan(db, admin, planInput({ roleTitle: "Staff Engineer" }));
    for (const plan of [first, second]) await holdMeeting(db, plan.planId);
    await first.candidate.caller.nextStep.propose({ planId: first.planId, description: "Portfolio review", owner: "candidate" });
    await second.candidate.caller.nextStep.propose({ planId: second.planId, description: "Pair programming", owner: "candidate" });
    const { id } = await admin.caller.nextStep.propose({ planId: first.planId, description: "Reference check", owner: "recruiter" });
    await first.candidate.caller.nextStep.confirm({ planId: first.planId, stepId: id, expectedVersion: 1 });

    const [toAdmin, ...more] = await digestsTo(db, admin.user.email);
    expect(more).toEqual([]);
    expect(toAdmin!.subject).toBe("3 updates on your interview plans");
    expect(toAdmin!.textBody).toContain(`Open the plan: http://localhost:3000/plans/${first.planId}`);
    expect(toAdmin!.textBody).toContain(`Open the plan: http://localhost:3000/plans/${second.planId}`);
    expect(toAdmin!.textBody).toContain('"Portfolio review"');
    expect(toAdmin!.textBody).toContain('"Pair programming"');
    expect(toAdmin!.textBody).toContain('The next step "Reference check" (the recruiter) was confirmed');
    // What the candidate was told about the recruiter's proposal is theirs alone.
    expect(toAdmin!.textBody).not.toContain('"Reference check" (the recruiter). Please confirm');

    const [toCandidate, ...moreToCandidate] = await digestsTo(db, first.input.meeting.candidateEmail);
    expect(moreToCandidate).toEqual([]);
    expect(toCandidate!.textBody).toContain('"Reference check" (the recruiter). Please confirm it');
    expect(toCandidate!.textBody).not.toContain("Pair programming");
    expect(toCandidate!.textBody).not.toContain("/plans/");
    expect(await emailsTo(db, second.input.meeting.candidateEmail, "plan_update")).toEqual([]);
  });
});
