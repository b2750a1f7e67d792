import { describe, expect, it } from "vitest";
import { planOutcomes } from "@/server/rules/enums";
import { OUTCOME_LABEL } from "@/server/rules/labels";
import { PLAN_CLOSED_MESSAGE } from "@/server/domain/plan-writable";
import { STALE_VERSION_MESSAGE } from "@/server/domain/plans";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { editableContent, newOrg, planInput, sharedPlan } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { agreedStep, daysFromToday, debriefSetUp, digestsTo, entriesOf, notificationsAbout, startOfDigestWindow } from "./fixtures";

describe("closing a plan with its outcome", () => {
  it("the candidate sees the outcome and the message, is told in the app and by email", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    const { db, planId } = s;
    const { version } = await s.admin.caller.plan.get({ planId });
    const message = "We'd love to have you. Maya will call you tomorrow with the details.";
    await s.admin.caller.plan.close({ planId, expectedVersion: version, outcome: "offer", message });

    const recruiterView = await s.admin.caller.plan.get({ planId });
    expect(recruiterView).toMatchObject({ stage: "closed", outcome: "offer", closingMessage: message, version: version + 1 });
    expect(recruiterView.closedAt).toBeInstanceOf(Date);
    const candidateView = await s.candidate.caller.interview.get({ planId });
    expect(candidateView).toMatchObject({ stage: "closed", outcome: "offer", closingMessage: message, closedAt: recruiterView.closedAt });
    expect((await s.candidate.caller.interview.list()).find((p) => p.id === planId)?.stage).toBe("closed");

    const [notice, ...more] = await notificationsAbout(s.candidate.caller, planId, "plan_closed");
    expect(more).toEqual([]);
    expect(notice!.message).toContain("Offer");
    expect(notice!.message).toContain(message);
    expect(notice!.readAt).toBeNull();
    // The recruiter who closed it is not told about their own action.
    expect(await notificationsAbout(s.admin.caller, planId, "plan_closed")).toEqual([]);

    const [email, ...moreEmails] = await digestsTo(db, s.input.meeting.candidateEmail);
    expect(moreEmails).toEqual([]);
    expect(email!.subject).toBe(`Update on ${s.input.meeting.roleTitle} at ${s.input.meeting.hiringCompany}`);
    expect(email!.textBody).toContain(notice!.message);
    expect(email!.textBody).toContain(message);
    expect(email!.textBody).toContain(`/interviews/${planId}`);
    expect(email!.textBody).not.toContain(s.input.meeting.internalNote);

    expect(await entriesOf(s.candidate.caller, planId, "plan_closed")).toMatchObject([
      { actorSide: "organisation", actorName: "Alex Admin", data: { outcome: "offer" } },
    ]);
  });

  it("each outcome reaches the candidate with its label; the message is optional", async () => {
    for (const outcome of planOutcomes) {
      const s = await debriefSetUp();
      const { planId } = s;
      await s.admin.caller.plan.close({ planId, expectedVersion: (await s.admin.caller.plan.get({ planId })).version, outcome });
      expect(await s.candidate.caller.interview.get({ planId })).toMatchObject({ stage: "closed", outcome, closingMessage: null });
      const [email] = await digestsTo(s.db, s.input.meeting.candidateEmail);
      expect(email!.textBody).toContain(OUTCOME_LABEL[outcome]);
    }
  });

  it("refuses a missing outcome, a stale version, and closing twice", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { version } = await s.admin.caller.plan.get({ planId });
    expect(await failureOf(s.admin.caller.plan.close({ planId, expectedVersion: version, outcome: "hired" as never }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { outcome: ["Choose the outcome."] },
    });
    expect(
      await failureOf(s.admin.caller.plan.close({ planId, expectedVersion: version, outcome: "offer", message: "x".repeat(2001) })),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { message: ["Keep the message under 2000 characters."] } });
    // The candidate flags an item while the recruiter has the closing form open.
    const item = (await s.admin.caller.plan.get({ planId })).firstInterview[0]!.id;
    await s.candidate.caller.consistency.flag({ planId, itemId: item, comment: "One more thing about values", expectedVersion: 1 });
    expect(await failureOf(s.admin.caller.plan.close({ planId, expectedVersion: version, outcome: "offer" }))).toMatchObject({
      code: "CONFLICT",
      message: STALE_VERSION_MESSAGE,
    });
    const reloaded = await s.admin.caller.plan.get({ planId });
    expect(reloaded).toMatchObject({ stage: "debrief", outcome: null, closedAt: null });
    expect(await notificationsAbout(s.candidate.caller, planId, "plan_closed")).toEqual([]);

    await s.admin.caller.plan.close({
      planId,
      expectedVersion: reloaded.version,
      outcome: "further_round",
      message: "Final round next week.",
    });
    const closed = await s.admin.caller.plan.get({ planId });
    expect(
      await failureOf(s.admin.caller.plan.close({ planId, expectedVersion: closed.version, outcome: "not_progressing" })),
    ).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await s.candidate.caller.interview.get({ planId })).toMatchObject({ outcome: "further_round", closingMessage: "Final round next week." });
    expect(await notificationsAbout(s.candidate.caller, planId, "plan_closed")).toHaveLength(1);
  });

  it("only the organisation closes a plan", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { version } = await s.admin.caller.plan.get({ planId });
    expect(await failureOf(s.candidate.caller.plan.close({ planId, expectedVersion: version, outcome: "withdrawn" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await s.candidate.caller.interview.get({ planId })).stage).toBe("debrief");
  });

  it("a closed plan refuses every write from either side, and still reads as it was", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const c = s.candidate.caller;
    const o = s.admin.caller;
    const mine = (await c.goal.add({ planId, kind: "must_know", text: "Team size", visibility: "shared" })).id;
    const ours = (await o.goal.add({ planId, kind: "team_goal", text: "Leadership", visibility: "private" })).id;
    await c.debrief.markOutcome({ planId, goalId: mine, outcome: "partly", note: "Roughly six", expectedVersion: 1 });
    const items = (await o.plan.get({ planId })).firstInterview;
    await c.consistency.flag({ planId, itemId: items[0]!.id, comment: "Worth a second look", expectedVersion: 1 });
    const agreed = await agreedStep(s, { description: "Send the offer", owner: "recruiter", dueOn: daysFromToday(30) });
    const { id: pending } = await c.nextStep.propose({ planId, description: "Meet the team", owner: "candidate" });
    const content = await editableContent(s.admin, planId);
    await o.plan.close({ planId, expectedVersion: content.version, outcome: "not_progressing", message: "Thank you for your time." });

    const reads = async () => ({
      candidateGoals: await c.goal.list({ planId }),
      orgGoals: await o.goal.list({ planId }),
      steps: await c.nextStep.list({ planId }),
      orgSteps: await o.nextStep.list({ planId }),
      candidateQuestions: await c.debrief.openQuestions({ planId }),
      orgQuestions: await o.debrief.openQuestions({ planId }),
      candidateTimeline: await c.timeline.list({ planId }),
      orgTimeline: await o.timeline.list({ planId }),
      interview: await c.interview.get({ planId }),
      plan: await o.plan.get({ planId }),
      calendar: (await c.nextStep.calendar({ planId, stepId: agreed })).filename,
    });
    const before = await reads();
    expect(before.interview.stage).toBe("closed");
    expect(before.steps.steps).toHaveLength(2);

    const closedVersion = before.plan.version;
    const writes: [string, () => Promise<unknown>][] = [
      ["candidate goal.add", () => c.goal.add({ planId, kind: "learn", text: "Too late" })],
      ["candidate goal.update", () => c.goal.update({ planId, goalId: mine, expectedVersion: 1, kind: "must_know", text: "Changed" })],
      ["candidate goal.remove", () => c.goal.remove({ planId, goalId: mine })],
      ["organisation goal.add", () => o.goal.add({ planId, kind: "challenge", text: "Too late" })],
      ["organisation goal.remove", () => o.goal.remove({ planId, goalId: ours })],
      ["candidate debrief.markOutcome", () => c.debrief.markOutcome({ planId, goalId: mine, outcome: "achieved", note: "", expectedVersion: 1 })],
      ["organisation debrief.markOutcome", () => o.debrief.markOutcome({ planId, goalId: ours, outcome: "achieved", note: "", expectedVersion: 1 })],
      ["candidate consistency.flag", () => c.consistency.flag({ planId, itemId: items[1]!.id, comment: "Too late", expectedVersion: 1 })],
      ["organisation consistency.reply", () => o.consistency.reply({ planId, itemId: items[0]!.id, text: "Too late" })],
      ["organisation consistency.markAgreed", () => o.consistency.markAgreed({ planId, itemId: items[0]!.id, expectedVersion: 1 })],
      ["candidate nextStep.propose", () => c.nextStep.propose({ planId, description: "Too late", owner: "candidate" })],
      ["organisation nextStep.propose", () => o.nextStep.propose({ planId, description: "Too late", owner: "recruiter" })],
      ["organisation nextStep.confirm", () => o.nextStep.confirm({ planId, stepId: pending, expectedVersion: 1 })],
      ["candidate nextStep.edit", () => c.nextStep.edit({ planId, stepId: agreed, expectedVersion: 1, description: "Changed", owner: "recruiter" })],
      ["organisation nextStep.markDone", () => o.nextStep.markDone({ planId, stepId: agreed })],
      ["candidate nextStep.drop", () => c.nextStep.drop({ planId, stepId: pending })],
      ["organisation nextStep.drop", () => o.nextStep.drop({ planId, stepId: agreed })],
      ["plan.update", () => o.plan.update({ planId, expectedVersion: closedVersion, ...content.content })],
      ["plan.share", () => o.plan.share({ planId })],
      ["plan.cancel", () => o.plan.cancel({ planId, expectedVersion: closedVersion })],
      ["plan.close", () => o.plan.close({ planId, expectedVersion: closedVersion, outcome: "offer" })],
    ];
    const outcomes: Record<string, { code: string; message: string }> = {};
    for (const [name, call] of writes) {
      const { code, message } = await failureOf(call());
      outcomes[name] = { code, message };
    }
    const closed = { code: "PRECONDITION_FAILED", message: PLAN_CLOSED_MESSAGE };
    expect(outcomes).toEqual(Object.fromEntries(writes.map(([name]) => [name, closed])));

    const after = await reads();
    expect(after).toEqual(before);
    expect(after.interview).toMatchObject({ outcome: "not_progressing", closingMessage: "Thank you for your time." });
  });

  it("a closed plan says so, in the same words, to its steps and its debrief", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const goal = await s.admin.caller.goal.add({ planId, kind: "team_goal", text: "Leadership" });
    await s.admin.caller.plan.close({ planId, expectedVersion: (await s.admin.caller.plan.get({ planId })).version, outcome: "withdrawn" });
    expect(await failureOf(s.candidate.caller.nextStep.propose({ planId, description: "Too late", owner: "candidate" }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: PLAN_CLOSED_MESSAGE,
    });
    expect(await failureOf(s.admin.caller.debrief.markOutcome({ planId, goalId: goal.id, outcome: "achieved", note: "", expectedVersion: 1 }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: PLAN_CLOSED_MESSAGE,
    });
  });

  it("a candidate invited but not yet joined is told by email", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await sharedPlan(db, admin);
    const { version } = await admin.caller.plan.get({ planId });
    await admin.caller.plan.close({ planId, expectedVersion: version, outcome: "withdrawn", message: "The role was put on hold." });
    const [email] = await emailsTo(db, input.meeting.candidateEmail, "plan_update");
    expect(email?.subject).toContain("Withdrawn");
    expect(email?.textBody).toContain("The role was put on hold.");
  });

  it("a draft closed with an outcome tells no one outside the organisation", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const input = planInput();
    const { id: planId } = await admin.caller.plan.create(input);
    await admin.caller.plan.close({ planId, expectedVersion: 1, outcome: "withdrawn", message: "Role put on hold." });
    expect(await admin.caller.plan.get({ planId })).toMatchObject({ stage: "closed", outcome: "withdrawn" });
    expect(await emailsTo(db, input.meeting.candidateEmail)).toEqual([]);
    expect(await entriesOf(admin.caller, planId, "plan_closed")).toMatchObject([{ audience: "organisation" }]);
  });
});
