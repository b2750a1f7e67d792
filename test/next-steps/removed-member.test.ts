import { describe, expect, it } from "vitest";
import { addMember } from "@/db/seed/factories";
import { emailsTo } from "../emails";
import { inviteWithToken } from "../fixtures";
import { joinedPlan, newestJoinToken, planInput, recruiterOf, sharedPlan, visitor } from "../plan-api";
import { holdMeeting } from "../plan-fixtures";
import { failureOf } from "../trpc-errors";
import { callerFor, signIn, TEST_PASSWORD } from "../users";
import { debriefSetUp, digestsTo, notificationsAbout } from "./fixtures";

/**
 * "A member removed from an organisation loses its notifications about that
 * organisation's plans and the invitations it issued." The plan links they
 * sent to candidates keep working: the plan is the organisation's.
 */
describe("removing a member", () => {
  it("deletes their notifications about the organisation's plans, pending emails included, and revokes their colleague invitations", async () => {
    const s = await debriefSetUp();
    const { db, planId } = s;
    const leaving = await recruiterOf(db, s.org.id, "recruiter", "Lee Leaving");
    // The same person in another organisation keeps everything there.
    const elsewhere = await debriefSetUp();
    await addMember(db, elsewhere.org.id, leaving.user.id, "recruiter");
    await elsewhere.candidate.caller.nextStep.propose({ planId: elsewhere.planId, description: "Elsewhere step", owner: "candidate" });

    // The leaving recruiter created a joined plan (its emails are theirs) and shared another, and invites a colleague.
    const own = await joinedPlan(db, leaving, planInput({ roleTitle: "Data Analyst" }));
    await holdMeeting(db, own.planId);
    const pendingLink = await sharedPlan(db, leaving, planInput({ roleTitle: "Support Lead" }));
    const invited = await inviteWithToken(db, { orgId: s.org.id, inviterId: leaving.user.id });
    await s.candidate.caller.nextStep.propose({ planId, description: "Portfolio review", owner: "candidate" });
    await own.candidate.caller.nextStep.propose({ planId: own.planId, description: "Case study", owner: "candidate" });
    expect(await notificationsAbout(leaving.caller, planId, "step_proposed")).toHaveLength(1);
    expect(await notificationsAbout(leaving.caller, own.planId, "step_proposed")).toHaveLength(1);

    const { membershipId } = (await s.admin.caller.organisation.members()).members.find((m) => m.userId === leaving.user.id)!;
    await s.admin.caller.organisation.removeMember({ membershipId });

    const signedInAgain = callerFor(db, await signIn(db, leaving.user.id), { preferredOrgId: elsewhere.org.id });
    const left = (await signedInAgain.notification.list({ limit: 100 })).items;
    expect(left.filter((n) => n.planId !== elsewhere.planId)).toEqual([]);
    expect(left.filter((n) => n.planId === elsewhere.planId).map((n) => n.type)).toEqual(["step_proposed"]);
    // The email that was waiting for them about their own plan is gone with it.
    expect(await digestsTo(db, leaving.user.email)).toEqual([]);
    await own.candidate.caller.nextStep.propose({ planId: own.planId, description: "After they left", owner: "candidate" });
    expect(await digestsTo(db, leaving.user.email)).toEqual([]);

    // The colleague invitation they sent no longer works.
    expect(await visitor(db).invitation.describe({ token: invited.token })).toMatchObject({ state: "revoked" });
    expect((await s.admin.caller.organisation.invitations()).map((i) => i.email)).not.toContain(invited.invitation.email);
    expect(await failureOf(visitor(db).invitation.accept({ token: invited.token, name: "Too Late", password: TEST_PASSWORD }))).toMatchObject({
      code: "BAD_REQUEST",
    });

    // The candidate's link they sent still works.
    expect(await visitor(db).join.describe({ token: pendingLink.token })).toMatchObject({ state: "valid" });
  });

  it("a request for a new plan link goes to the admins once the recruiter who sent it has left", async () => {
    const s = await debriefSetUp();
    const { db } = s;
    const leaving = await recruiterOf(db, s.org.id, "recruiter", "Lee Leaving");
    const secondAdmin = await recruiterOf(db, s.org.id, "admin", "Sam Second-Admin");
    const input = planInput({ roleTitle: "Support Lead" });
    const { id: planId } = await leaving.caller.plan.create(input);
    await leaving.caller.plan.share({ planId });
    const token = await newestJoinToken(db, input.meeting.candidateEmail);

    const { membershipId } = (await s.admin.caller.organisation.members()).members.find((m) => m.userId === leaving.user.id)!;
    await s.admin.caller.organisation.removeMember({ membershipId });
    await visitor(db).join.requestNewLink({ token });

    expect(await emailsTo(db, leaving.user.email, "plan_link_requested")).toEqual([]);
    for (const admin of [s.admin.user.email, secondAdmin.user.email]) {
      const [email, ...more] = await emailsTo(db, admin, "plan_link_requested");
      expect(more).toEqual([]);
      expect(email!.textBody).toContain(`/plans/${planId}`);
    }
  });

  it("while still a member, the recruiter who sent the link alone is asked", async () => {
    const s = await debriefSetUp();
    const { db } = s;
    const sender = await recruiterOf(db, s.org.id, "recruiter", "Sol Sender");
    const input = planInput({ roleTitle: "Support Lead" });
    const { id: planId } = await sender.caller.plan.create(input);
    await sender.caller.plan.share({ planId });
    await visitor(db).join.requestNewLink({ token: await newestJoinToken(db, input.meeting.candidateEmail) });
    expect(await emailsTo(db, sender.user.email, "plan_link_requested")).toHaveLength(1);
    expect(await emailsTo(db, s.admin.user.email, "plan_link_requested")).toEqual([]);
  });
});
