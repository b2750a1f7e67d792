import { describe, expect, it } from "vitest";
import { emailsTo } from "../emails";
import { newOrg, planInput, recruiterOf, sharedPlan, visitor } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { agreedStep, debriefSetUp, digestsTo, notificationsAbout, startOfDigestWindow } from "./fixtures";

describe("notifications", () => {
  it("reach the other side's people, never the actor, with an unread count; only the plan's creator is emailed", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    const { db, planId } = s;
    const colleague = await recruiterOf(db, s.org.id, "recruiter", "Casey Colleague");
    const outsider = await newOrg(db);
    const before = {
      candidate: (await s.candidate.caller.notification.list()).unread,
      admin: (await s.admin.caller.notification.list()).unread,
    };

    // The colleague proposes: the candidate is told; nobody of the organisation is.
    const { id } = await colleague.caller.nextStep.propose({ planId, description: "Reference check", owner: "recruiter" });
    const candidateList = await s.candidate.caller.notification.list();
    expect(candidateList.unread).toBe(before.candidate + 1);
    // Each notification leads to the plan on the reader's own side.
    expect(candidateList.items[0]).toMatchObject({ planId, type: "step_proposed", readAt: null, path: `/interviews/${planId}` });
    expect(candidateList.items[0]!.message).toContain('"Reference check" (the recruiter)');
    expect(await notificationsAbout(colleague.caller, planId)).toEqual([]);
    expect(await notificationsAbout(s.admin.caller, planId)).toEqual([]);
    const [toCandidate, ...moreToCandidate] = await digestsTo(db, s.input.meeting.candidateEmail);
    expect(moreToCandidate).toEqual([]);
    expect(toCandidate!.textBody).toContain('"Reference check" (the recruiter)');
    expect(toCandidate!.textBody).toContain(`/interviews/${planId}`);

    // The candidate confirms: every member of the organisation is told, the candidate is not.
    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    expect(await notificationsAbout(s.admin.caller, planId, "step_confirmed")).toHaveLength(1);
    expect(await notificationsAbout(colleague.caller, planId, "step_confirmed")).toHaveLength(1);
    expect((await s.admin.caller.notification.list()).items[0]).toMatchObject({ planId, path: `/plans/${planId}` });
    expect(await notificationsAbout(s.candidate.caller, planId, "step_confirmed")).toEqual([]);
    expect((await s.admin.caller.notification.list()).unread).toBe(before.admin + 2); // confirmed, then agreed
    // Emails go to the recruiter who created the plan, not to every colleague: both notices in one email.
    const [toCreator, ...moreToCreator] = await digestsTo(db, s.admin.user.email);
    expect(moreToCreator).toEqual([]);
    expect(toCreator!.subject).toBe(`2 updates on ${s.input.meeting.roleTitle} at ${s.input.meeting.hiringCompany}`);
    expect(toCreator!.textBody).toContain('The next step "Reference check" (the recruiter) was confirmed');
    expect(toCreator!.textBody).toContain("Both sides have confirmed every open next step");
    expect(toCreator!.textBody).toContain(`/plans/${planId}`);
    expect(await emailsTo(db, colleague.user.email, "plan_update")).toEqual([]);
    // Someone of another organisation hears nothing.
    expect((await outsider.admin.caller.notification.list()).items).toEqual([]);
  });

  it("markRead marks only your own: someone else's id is ignored; 'all' marks every one of yours", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    await s.admin.caller.nextStep.propose({ planId, description: "Step one", owner: "recruiter" });
    await s.admin.caller.nextStep.propose({ planId, description: "Step two", owner: "recruiter" });
    await s.candidate.caller.nextStep.propose({ planId, description: "Step three", owner: "candidate" });
    const mine = await s.candidate.caller.notification.list();
    const theirs = await s.admin.caller.notification.list();
    expect(mine.unread).toBe(2);
    expect(theirs.unread).toBe(1);

    await s.candidate.caller.notification.markRead({ ids: [mine.items[0]!.id, theirs.items[0]!.id] });
    const afterOne = await s.candidate.caller.notification.list();
    expect(afterOne.unread).toBe(1);
    expect(afterOne.items.find((n) => n.id === mine.items[0]!.id)!.readAt).toBeInstanceOf(Date);
    expect(afterOne.items.find((n) => n.id === mine.items[1]!.id)!.readAt).toBeNull();
    // The recruiter's notification is still unread, and never showed up in the candidate's list.
    expect(await s.admin.caller.notification.list()).toEqual(theirs);
    expect(afterOne.items.map((n) => n.id)).not.toContain(theirs.items[0]!.id);

    await s.candidate.caller.notification.markRead({ ids: "all" });
    const afterAll = await s.candidate.caller.notification.list();
    expect(afterAll.unread).toBe(0);
    expect(afterAll.items.every((n) => n.readAt instanceof Date)).toBe(true);
    // A read notification keeps the time it was first read.
    expect(afterAll.items.find((n) => n.id === mine.items[0]!.id)!.readAt).toEqual(
      afterOne.items.find((n) => n.id === mine.items[0]!.id)!.readAt,
    );
    expect((await s.admin.caller.notification.list()).unread).toBe(1);
  });

  it("markRead and list need a signed-in user and a valid id", async () => {
    const s = await debriefSetUp();
    expect(await failureOf(visitor(s.db).notification.list())).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await failureOf(s.candidate.caller.notification.markRead({ ids: ["not-an-id"] }))).toMatchObject({ code: "BAD_REQUEST" });
    expect((await s.candidate.caller.notification.markRead({ ids: [] })).ok).toBe(true);
  });
});

describe("notification emails turned off", () => {
  it("stops plan update emails to that user; in-app notifications continue", async () => {
    const s = await debriefSetUp();
    const { db, planId } = s;
    expect((await s.candidate.caller.account.me()).notificationEmails).toBe(true);
    expect(await s.candidate.caller.account.setNotificationEmails({ enabled: false })).toEqual({ enabled: false });
    expect((await s.candidate.caller.account.me()).notificationEmails).toBe(false);
    await s.admin.caller.account.setNotificationEmails({ enabled: false });

    const id = await agreedStep(s, { description: "Reference check", owner: "recruiter" });
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Two references", owner: "recruiter" });
    await s.admin.caller.plan.close({ planId, expectedVersion: (await s.admin.caller.plan.get({ planId })).version, outcome: "offer" });

    expect(await digestsTo(db, s.input.meeting.candidateEmail)).toEqual([]);
    expect(await digestsTo(db, s.admin.user.email)).toEqual([]);
    expect((await notificationsAbout(s.candidate.caller, planId)).map((n) => n.type).sort()).toEqual(
      ["plan_closed", "step_edited", "step_proposed", "steps_agreed"].sort(),
    );
    expect((await notificationsAbout(s.admin.caller, planId)).map((n) => n.type).sort()).toEqual(["step_confirmed", "steps_agreed"]);
  });

  it("turning them back on sends them again", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    await s.candidate.caller.account.setNotificationEmails({ enabled: false });
    await s.admin.caller.nextStep.propose({ planId: s.planId, description: "While off", owner: "recruiter" });
    await s.candidate.caller.account.setNotificationEmails({ enabled: true });
    await s.admin.caller.nextStep.propose({ planId: s.planId, description: "Back on", owner: "recruiter" });
    const [email, ...more] = await digestsTo(s.db, s.input.meeting.candidateEmail);
    expect(more).toEqual([]);
    expect(email!.textBody).toContain('"Back on"');
    expect(email!.textBody).not.toContain("While off");
  });

  it("turned off before the digest goes out: nothing pending is emailed", async () => {
    const s = await debriefSetUp();
    await s.admin.caller.nextStep.propose({ planId: s.planId, description: "Pending when turned off", owner: "recruiter" });
    await s.candidate.caller.account.setNotificationEmails({ enabled: false });
    expect(await digestsTo(s.db, s.input.meeting.candidateEmail)).toEqual([]);
    expect(await notificationsAbout(s.candidate.caller, s.planId, "step_proposed")).toHaveLength(1);
  });

  it("never stops invitations or sign-in links", async () => {
    const s = await debriefSetUp();
    const { db } = s;
    const email = s.input.meeting.candidateEmail;
    await s.candidate.caller.account.setNotificationEmails({ enabled: false });
    await s.admin.caller.account.setNotificationEmails({ enabled: false });

    // Invited to another plan, by another organisation.
    const other = await newOrg(db);
    const invitationsBefore = (await emailsTo(db, email, "plan_invitation")).length;
    await sharedPlan(db, other.admin, planInput({ candidateEmail: email, roleTitle: "Design Lead" }));
    expect(await emailsTo(db, email, "plan_invitation")).toHaveLength(invitationsBefore + 1);

    // Signing in by emailed link.
    await visitor(db).auth.requestMagicLink({ email });
    expect(await emailsTo(db, email, "magic_link")).toHaveLength(1);
    await visitor(db).auth.requestMagicLink({ email: s.admin.user.email });
    expect(await emailsTo(db, s.admin.user.email, "magic_link")).toHaveLength(1);
    await visitor(db).auth.requestPasswordReset({ email: s.admin.user.email });
    expect(await emailsTo(db, s.admin.user.email, "password_reset")).toHaveLength(1);
  });
});
