import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_STEPS_PER_PLAN, STEP_DESCRIPTION_LIMIT } from "@/server/rules/limits";
import { STALE_STEP_MESSAGE } from "@/server/domain/next-steps";
import { testDb } from "../db";
import { joinedPlan, newOrg } from "../plan-api";
import { failureOf } from "../trpc-errors";
import {
  agreedStep,
  agreementSeenByBoth,
  daysFromToday,
  debriefSetUp,
  entriesOf,
  notificationsAbout,
  stepOf,
} from "./fixtures";

describe("proposing and confirming next steps", () => {
  it("the proposer's side is confirmed at once; the other side's confirmation makes the step agreed and the plan 'next steps agreed'", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const c = s.candidate.caller;
    const o = s.admin.caller;
    const dueOn = daysFromToday(200);
    const { id } = await c.nextStep.propose({ planId, description: "Send two portfolio case studies", owner: "candidate", dueOn });

    const proposed = await stepOf(o, planId, id);
    expect(proposed).toMatchObject({
      description: "Send two portfolio case studies",
      owner: "candidate",
      dueOn,
      status: "open",
      proposedBySide: "candidate",
      organisationConfirmedAt: null,
      agreed: false,
      version: 1,
    });
    expect(proposed.candidateConfirmedAt).toBeInstanceOf(Date);
    // Both sides read the same step; only what each may do differs: the proposer withdraws, the other side asks and confirms
    // (and an edit by the other side would withdraw the proposer's confirmation).
    expect(proposed).toMatchObject({ drop: "request", canConfirm: true, canEdit: true, editWithdraws: true, canMarkDone: false });
    expect(await stepOf(c, planId, id)).toEqual({ ...proposed, drop: "immediate", canConfirm: false, editWithdraws: false });
    expect(await agreementSeenByBoth(s)).toEqual({ stage: "debrief", stepsAgreedAt: null });
    expect((await o.nextStep.list({ planId })).mySide).toBe("organisation");

    await o.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    const agreed = await stepOf(c, planId, id);
    expect(agreed).toMatchObject({ agreed: true, status: "open", candidateConfirmedAt: proposed.candidateConfirmedAt });
    expect(agreed.organisationConfirmedAt).toBeInstanceOf(Date);
    const seen = await agreementSeenByBoth(s);
    expect(seen.stage).toBe("next_steps_agreed");
    expect(seen.stepsAgreedAt).toBeInstanceOf(Date);
    expect((await c.nextStep.list({ planId })).stepsAgreedAt).toEqual(seen.stepsAgreedAt);
    // Both sides are told that everything is agreed.
    expect(await notificationsAbout(c, planId, "steps_agreed")).toHaveLength(1);
    expect(await notificationsAbout(o, planId, "steps_agreed")).toHaveLength(1);
  });

  it("a new step moves the plan back to debrief and clears 'agreed since'; agreeing it sets a new time", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    await agreedStep(s);
    const first = await agreementSeenByBoth(s);
    expect(first.stage).toBe("next_steps_agreed");

    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Meet the CEO", owner: "hiring_company" });
    expect(await agreementSeenByBoth(s)).toEqual({ stage: "debrief", stepsAgreedAt: null });
    expect((await s.admin.caller.nextStep.list({ planId })).stepsAgreedAt).toBeNull();

    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    const again = await agreementSeenByBoth(s);
    expect(again.stage).toBe("next_steps_agreed");
    expect(again.stepsAgreedAt!.getTime()).toBeGreaterThanOrEqual(first.stepsAgreedAt!.getTime());
  });

  it("confirming twice, or confirming your own proposal, changes nothing", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Send the offer pack", owner: "recruiter" });
    const before = await stepOf(s.admin.caller, planId, id);
    await s.admin.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    expect(await stepOf(s.admin.caller, planId, id)).toEqual(before);
    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    const agreed = await stepOf(s.admin.caller, planId, id);
    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    expect(await stepOf(s.admin.caller, planId, id)).toEqual(agreed);
    expect(await entriesOf(s.admin.caller, planId, "step_confirmed")).toHaveLength(1);
  });

  it("a confirmation of the version on screen is refused once the step was edited meanwhile", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Reference check", owner: "recruiter" });
    const seen = await stepOf(s.candidate.caller, planId, id);
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Three reference checks", owner: "recruiter" });

    expect(await failureOf(s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: seen.version }))).toMatchObject({
      code: "CONFLICT",
      message: STALE_STEP_MESSAGE,
    });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ version: 2, candidateConfirmedAt: null, agreed: false });
    expect(await entriesOf(s.admin.caller, planId, "step_confirmed")).toEqual([]);

    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 2 });
    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 2 });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ version: 2, agreed: true });
    expect(await entriesOf(s.admin.caller, planId, "step_confirmed")).toHaveLength(1);
  });

  it("next steps open only once the meeting has ended", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin);
    expect(await failureOf(candidate.caller.nextStep.propose({ planId, description: "Too early", owner: "candidate" }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Next steps are agreed after the meeting: they open once it has ended.",
    });
    expect((await admin.caller.nextStep.list({ planId })).steps).toEqual([]);
  });

  it("a step of another plan, or an unknown id, is NOT_FOUND", async () => {
    const s = await debriefSetUp();
    const other = await debriefSetUp();
    const theirs = await agreedStep(other);
    const { planId } = s;
    const o = s.admin.caller;
    const calls = [
      () => o.nextStep.confirm({ planId, stepId: theirs, expectedVersion: 1 }),
      () => o.nextStep.edit({ planId, stepId: theirs, expectedVersion: 1, description: "Taken over", owner: "recruiter" }),
      () => o.nextStep.markDone({ planId, stepId: theirs }),
      () => o.nextStep.drop({ planId, stepId: theirs }),
      () => o.nextStep.calendar({ planId, stepId: theirs }),
      () => s.candidate.caller.nextStep.confirm({ planId, stepId: randomUUID(), expectedVersion: 1 }),
    ];
    for (const call of calls) expect(await failureOf(call())).toMatchObject({ code: "NOT_FOUND" });
    expect(await stepOf(other.admin.caller, other.planId, theirs)).toMatchObject({ status: "open", description: "Reference check with the last employer" });
  });
});

describe("editing a next step", () => {
  const changes = {
    description: { description: "Reference check with two employers" },
    owner: { owner: "hiring_company" as const },
    "due date": { dueOn: daysFromToday(120) },
  };

  for (const [what, change] of Object.entries(changes))
    it(`changing an agreed step's ${what} withdraws the other side's confirmation and says so`, async () => {
      const s = await debriefSetUp();
      const { planId } = s;
      const dueOn = daysFromToday(90);
      const id = await agreedStep(s, { description: "Reference check", owner: "recruiter", dueOn });
      expect((await agreementSeenByBoth(s)).stage).toBe("next_steps_agreed");

      const saved = await s.admin.caller.nextStep.edit({
        planId,
        stepId: id,
        expectedVersion: 1,
        ...{ description: "Reference check", owner: "recruiter" as const, dueOn },
        ...change,
      });
      // The editor is told the other side must confirm again (the toast's wording).
      expect(saved).toEqual({ version: 2, confirmationWithdrawn: true });
      const edited = await stepOf(s.candidate.caller, planId, id);
      expect(edited).toMatchObject({ agreed: false, candidateConfirmedAt: null, version: 2, ...change });
      expect(edited.organisationConfirmedAt).toBeInstanceOf(Date);
      expect(await agreementSeenByBoth(s)).toEqual({ stage: "debrief", stepsAgreedAt: null });

      const [entry] = await entriesOf(s.candidate.caller, planId, "step_edited");
      expect(entry).toMatchObject({ actorSide: "organisation", actorName: "Alex Admin", data: { stepId: id, confirmationWithdrawn: true } });
      const [notice] = await notificationsAbout(s.candidate.caller, planId, "step_edited");
      expect(notice!.message).toContain("Your confirmation was withdrawn: please confirm the new version.");
      expect(await notificationsAbout(s.admin.caller, planId, "step_edited")).toEqual([]);

      // Confirming the new version agrees the plan again.
      await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 2 });
      expect((await agreementSeenByBoth(s)).stage).toBe("next_steps_agreed");
    });

  it("the candidate can edit too; a step the other side had not confirmed yet withdraws nothing", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id } = await s.candidate.caller.nextStep.propose({ planId, description: "Send references", owner: "candidate" });
    const edited = await s.candidate.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Send three references", owner: "candidate" });
    expect(edited).toEqual({ version: 2, confirmationWithdrawn: false });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ description: "Send three references", version: 2, organisationConfirmedAt: null });
    const [entry] = await entriesOf(s.admin.caller, planId, "step_edited");
    expect(entry).toMatchObject({ actorSide: "candidate", actorName: "Jordan Blake", data: { confirmationWithdrawn: false } });
    const [notice] = await notificationsAbout(s.admin.caller, planId, "step_edited");
    expect(notice!.message).not.toContain("withdrawn");
  });

  it("saving the same values changes nothing: no new version, no entry, no notification, still agreed", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const dueOn = daysFromToday(60);
    const id = await agreedStep(s, { description: "Reference check", owner: "recruiter", dueOn });
    const before = await stepOf(s.admin.caller, planId, id);
    const agreedBefore = await agreementSeenByBoth(s);
    const saved = await s.candidate.caller.nextStep.edit({
      planId,
      stepId: id,
      expectedVersion: 1,
      description: "  Reference check  ",
      owner: "recruiter",
      dueOn,
    });
    // Nothing changed, so nothing was withdrawn: the editor is not told the other side must confirm again.
    expect(saved).toEqual({ version: 1, confirmationWithdrawn: false });
    expect(await stepOf(s.admin.caller, planId, id)).toEqual(before);
    expect(await agreementSeenByBoth(s)).toEqual(agreedBefore);
    expect(await entriesOf(s.admin.caller, planId, "step_edited")).toEqual([]);
    expect(await notificationsAbout(s.admin.caller, planId, "step_edited")).toEqual([]);
  });

  it("an edit from a stale version is refused with CONFLICT and overwrites nothing", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const id = await agreedStep(s, { description: "Reference check", owner: "recruiter" });
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Recruiter's wording", owner: "recruiter" });
    expect(
      await failureOf(
        s.candidate.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Candidate's wording", owner: "candidate" }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: STALE_STEP_MESSAGE });
    expect(await stepOf(s.candidate.caller, planId, id)).toMatchObject({ description: "Recruiter's wording", owner: "recruiter", version: 2 });
  });
});

describe("marking a step done", () => {
  it("only the owner's side marks it done: the candidate for their own steps, the organisation for the recruiter's and the hiring company's", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const c = s.candidate.caller;
    const o = s.admin.caller;
    const mine = await agreedStep(s, { description: "Send references", owner: "candidate" });
    const recruiters = await agreedStep(s, { description: "Call references", owner: "recruiter" });
    const clients = await agreedStep(s, { description: "Decide on the offer", owner: "hiring_company" });

    expect(await failureOf(o.nextStep.markDone({ planId, stepId: mine }))).toEqual({
      code: "FORBIDDEN",
      message: "Only the candidate can mark this step done.",
      fieldErrors: undefined,
    });
    for (const stepId of [recruiters, clients])
      expect(await failureOf(c.nextStep.markDone({ planId, stepId }))).toMatchObject({
        code: "FORBIDDEN",
        message: "Only the organisation can mark this step done.",
      });
    expect((await c.nextStep.list({ planId })).steps.map((x) => x.status)).toEqual(["open", "open", "open"]);

    await c.nextStep.markDone({ planId, stepId: mine });
    await o.nextStep.markDone({ planId, stepId: recruiters });
    await o.nextStep.markDone({ planId, stepId: clients });
    const steps = (await c.nextStep.list({ planId })).steps;
    expect(steps.map((x) => x.status)).toEqual(["done", "done", "done"]);
    for (const step of steps) expect(step.closedAt).toBeInstanceOf(Date);
    expect((await entriesOf(o, planId, "step_done")).map((e) => e.actorSide).sort()).toEqual(["candidate", "organisation", "organisation"]);
    // Done steps do not undo the agreement.
    expect((await agreementSeenByBoth(s)).stage).toBe("next_steps_agreed");
  });

  it("a step both sides have not agreed cannot be done; a done step cannot be confirmed, edited, done or dropped", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id: pending } = await s.candidate.caller.nextStep.propose({ planId, description: "Visit the office", owner: "candidate" });
    expect(await failureOf(s.candidate.caller.nextStep.markDone({ planId, stepId: pending }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Both sides must confirm this step before it can be done.",
    });
    expect(await stepOf(s.admin.caller, planId, pending)).toMatchObject({ status: "open" });

    const done = await agreedStep(s, { description: "Send the contract", owner: "recruiter" });
    await s.admin.caller.nextStep.markDone({ planId, stepId: done });
    const before = await stepOf(s.admin.caller, planId, done);
    for (const call of [
      () => s.candidate.caller.nextStep.confirm({ planId, stepId: done, expectedVersion: 1 }),
      () => s.admin.caller.nextStep.edit({ planId, stepId: done, expectedVersion: 1, description: "Changed", owner: "recruiter" }),
      () => s.admin.caller.nextStep.markDone({ planId, stepId: done }),
      () => s.admin.caller.nextStep.drop({ planId, stepId: done }),
    ])
      expect(await failureOf(call())).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await stepOf(s.admin.caller, planId, done)).toEqual(before);
  });
});

describe("dropping a step", () => {
  it("its proposer withdraws a step the other side never confirmed at once", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    await agreedStep(s);
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Second reference", owner: "recruiter" });
    expect((await agreementSeenByBoth(s)).stage).toBe("debrief");

    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "dropped" });
    const dropped = await stepOf(s.candidate.caller, planId, id);
    expect(dropped).toMatchObject({ status: "dropped" });
    expect(dropped.closedAt).toBeInstanceOf(Date);
    expect(await entriesOf(s.candidate.caller, planId, "step_dropped")).toMatchObject([
      { actorSide: "organisation", actorName: "Alex Admin", data: { stepId: id, step: { description: "Second reference" } } },
    ]);
    // The only step left open is agreed by both: so is the plan again.
    expect((await agreementSeenByBoth(s)).stage).toBe("next_steps_agreed");
  });

  it("an agreed step takes both sides: one asks, the other side's drop completes it", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const id = await agreedStep(s, { description: "Trial day", owner: "candidate" });

    expect(await s.candidate.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ status: "open", dropRequestedBySide: "candidate", agreed: true });
    // Asking again changes nothing and tells nobody twice.
    expect(await s.candidate.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
    expect(await notificationsAbout(s.admin.caller, planId, "step_drop_requested")).toHaveLength(1);
    expect(await entriesOf(s.admin.caller, planId, "step_drop_requested")).toHaveLength(1);

    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "dropped" });
    expect(await stepOf(s.candidate.caller, planId, id)).toMatchObject({ status: "dropped" });
    // Nothing live is left to agree on.
    expect(await agreementSeenByBoth(s)).toEqual({ stage: "debrief", stepsAgreedAt: null });
  });

  it("the other side cannot drop a proposal alone: it asks, and the proposer's drop completes it", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Psychometric test", owner: "candidate" });
    expect(await s.candidate.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ status: "open" });
    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "dropped" });
  });

  it("a dropped step cannot be confirmed, edited, done or dropped again", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Site visit", owner: "recruiter" });
    await s.admin.caller.nextStep.drop({ planId, stepId: id });
    const before = await stepOf(s.admin.caller, planId, id);
    for (const call of [
      () => s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 }),
      () => s.candidate.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Back again", owner: "recruiter" }),
      () => s.admin.caller.nextStep.markDone({ planId, stepId: id }),
      () => s.admin.caller.nextStep.drop({ planId, stepId: id }),
    ])
      expect(await failureOf(call())).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await stepOf(s.admin.caller, planId, id)).toEqual(before);
    expect(await entriesOf(s.admin.caller, planId, "step_confirmed")).toEqual([]);
  });
});

describe("next step input is validated on the server", () => {
  const ok = { description: "Reference check", owner: "recruiter" as const, dueOn: null };
  const cases: [string, Record<string, unknown>, Record<string, string[]>][] = [
    ["an empty description", { description: "" }, { description: ["Enter what the step is."] }],
    ["a blank description", { description: "   " }, { description: ["Enter what the step is."] }],
    [
      "a description that is too long",
      { description: "x".repeat(STEP_DESCRIPTION_LIMIT + 1) },
      { description: [`Keep what the step is under ${STEP_DESCRIPTION_LIMIT} characters.`] },
    ],
    ["an unknown owner", { owner: "interviewer" }, { owner: ["Choose who does it."] }],
    ["a malformed due date", { dueOn: "next Friday" }, { dueOn: ["Choose a due date."] }],
    ["a due date in another format", { dueOn: "01/03/2027" }, { dueOn: ["Choose a due date."] }],
    ["a due date in the past", { dueOn: "2020-01-01" }, { dueOn: ["Choose a due date from today on."] }],
    ["a date that does not exist", { dueOn: "2026-02-30" }, { dueOn: ["That date does not exist."] }],
    ["a month that does not exist", { dueOn: "2027-13-01" }, { dueOn: ["That date does not exist."] }],
  ];

  it("refuses bad proposals and edits with a message per field, writing nothing", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    for (const [what, change, fieldErrors] of cases) {
      const failure = await failureOf(s.admin.caller.nextStep.propose({ planId, ...ok, ...change } as never));
      expect({ what, ...failure }).toEqual({ what, code: "BAD_REQUEST", message: "Please check the highlighted fields.", fieldErrors });
    }
    expect((await s.candidate.caller.nextStep.list({ planId })).steps).toEqual([]);
    expect(await entriesOf(s.admin.caller, planId, "step_proposed")).toEqual([]);
    expect(await notificationsAbout(s.candidate.caller, planId)).toEqual([]);

    const id = await agreedStep(s, ok);
    const before = await stepOf(s.admin.caller, planId, id);
    for (const [what, change, fieldErrors] of cases) {
      const failure = await failureOf(s.candidate.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, ...ok, ...change } as never));
      expect({ what, code: failure.code, fieldErrors: failure.fieldErrors }).toEqual({ what, code: "BAD_REQUEST", fieldErrors });
    }
    expect(await stepOf(s.admin.caller, planId, id)).toEqual(before);
    expect(await entriesOf(s.admin.caller, planId, "step_edited")).toEqual([]);
  });

  it("accepts a due date of today", async () => {
    const s = await debriefSetUp();
    const { id } = await s.candidate.caller.nextStep.propose({ planId: s.planId, ...ok, dueOn: daysFromToday(0) });
    expect(await stepOf(s.candidate.caller, s.planId, id)).toMatchObject({ dueOn: daysFromToday(0) });
  });

  it(`holds at most ${MAX_STEPS_PER_PLAN} steps per plan, dropped ones included`, async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const first = await s.admin.caller.nextStep.propose({ planId, description: "Step 1", owner: "recruiter" });
    await s.admin.caller.nextStep.drop({ planId, stepId: first.id });
    for (let i = 2; i <= MAX_STEPS_PER_PLAN; i++)
      await (i % 2 ? s.admin : s.candidate).caller.nextStep.propose({ planId, description: `Step ${i}`, owner: "candidate" });
    expect(await failureOf(s.candidate.caller.nextStep.propose({ planId, description: "One too many", owner: "candidate" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: `A plan can hold at most ${MAX_STEPS_PER_PLAN} next steps.`,
    });
    const steps = (await s.admin.caller.nextStep.list({ planId })).steps;
    expect(steps).toHaveLength(MAX_STEPS_PER_PLAN);
    expect(steps.map((x) => x.description)).not.toContain("One too many");
  });
});
