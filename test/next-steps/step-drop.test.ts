import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { nextSteps } from "@/db/schema";
import { recruiterOf } from "../plan-api";
import { failureOf } from "../trpc-errors";
import { agreedStep, debriefSetUp, entriesOf, notificationsAbout, stepOf } from "./fixtures";

/**
 * "An agreed step cannot be dropped by one side": once both sides have
 * confirmed any version of a step, dropping it takes the other side's
 * agreement, whatever edits came between; the other side may also decline.
 */
describe("an agreed step cannot be dropped by one side", () => {
  it("propose, both confirm, edit, proposer drops: a request the other side declines, then a drop it confirms", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Reference check", owner: "recruiter" });
    expect((await stepOf(s.admin.caller, planId, id)).drop).toBe("immediate");
    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    const [agreed] = await s.db.select().from(nextSteps).where(eq(nextSteps.id, id));
    expect(agreed!.agreedOnceAt).toEqual(agreed!.candidateConfirmedAt);

    // The edit withdraws the candidate's confirmation: it looks like the proposer's own unconfirmed step again.
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Two references", owner: "recruiter" });
    const edited = await stepOf(s.admin.caller, planId, id);
    expect(edited).toMatchObject({ agreed: false, candidateConfirmedAt: null, drop: "request" });

    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ status: "open", dropRequestedBySide: "organisation", drop: "requested" });
    expect(await stepOf(s.candidate.caller, planId, id)).toMatchObject({ status: "open", drop: "confirm_request" });
    expect(await notificationsAbout(s.candidate.caller, planId, "step_drop_requested")).toHaveLength(1);

    // The candidate declines: the step stays open, the request is gone, the organisation is told.
    expect(await s.candidate.caller.nextStep.declineDrop({ planId, stepId: id })).toEqual({ ok: true });
    expect(await stepOf(s.candidate.caller, planId, id)).toMatchObject({ status: "open", dropRequestedBySide: null, drop: "request" });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ status: "open", description: "Two references", drop: "request" });
    expect(await notificationsAbout(s.admin.caller, planId, "step_drop_declined")).toHaveLength(1);
    expect(await entriesOf(s.admin.caller, planId, "step_drop_declined")).toMatchObject([
      { actorSide: "candidate", actorName: "Jordan Blake", data: { stepId: id, step: { description: "Two references" } } },
    ]);
    expect(await entriesOf(s.candidate.caller, planId, "step_drop_declined")).toHaveLength(1);

    // Asked again, the candidate confirms: dropped for both sides, and the organisation hears its request was agreed.
    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
    expect(await s.candidate.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "dropped" });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ status: "dropped", drop: "none" });
    expect(await entriesOf(s.admin.caller, planId, "step_dropped")).toMatchObject([{ actorSide: "candidate" }]);
    expect(await notificationsAbout(s.admin.caller, planId, "step_dropped")).toHaveLength(1);
  });

  it("holds when the other side edited too: agreed once is agreed, whoever edited last", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const id = await agreedStep(s, { description: "Trial day", owner: "candidate" });
    // The candidate rewords it, the organisation rewords it back: the organisation has the only confirmation.
    await s.candidate.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "Trial half-day", owner: "candidate" });
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 2, description: "Trial day", owner: "candidate" });
    for (const caller of [s.admin.caller, s.candidate.caller]) expect((await stepOf(caller, planId, id)).drop).toBe("request");
    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
    expect((await stepOf(s.candidate.caller, planId, id)).status).toBe("open");
  });

  it("declining needs a request from the other side; nothing is written on refusal", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const id = await agreedStep(s);
    expect(await failureOf(s.candidate.caller.nextStep.declineDrop({ planId, stepId: id }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Nobody is asking to drop this step any more.",
    });
    await s.candidate.caller.nextStep.drop({ planId, stepId: id });
    expect(await failureOf(s.candidate.caller.nextStep.declineDrop({ planId, stepId: id }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "You asked to drop this step: only the other side can decline that.",
    });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ dropRequestedBySide: "candidate", drop: "confirm_request" });
    expect(await entriesOf(s.admin.caller, planId, "step_drop_declined")).toEqual([]);
  });

  it("a drop request ends with an edit: the changed step needs a new request", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const id = await agreedStep(s);
    await s.candidate.caller.nextStep.drop({ planId, stepId: id });
    await s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: "One reference", owner: "recruiter" });
    expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ dropRequestedBySide: null, drop: "request" });
    expect(await s.admin.caller.nextStep.drop({ planId, stepId: id })).toEqual({ status: "drop_requested" });
  });
});

describe("drop requests under concurrent calls", () => {
  it("both sides asking to drop an agreed step at once end in one drop that both asked for", async () => {
    for (let round = 0; round < 5; round++) {
      const s = await debriefSetUp();
      const { planId } = s;
      const id = await agreedStep(s);
      const results = await Promise.all([
        s.admin.caller.nextStep.drop({ planId, stepId: id }),
        s.candidate.caller.nextStep.drop({ planId, stepId: id }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["drop_requested", "dropped"]);
      expect(await stepOf(s.admin.caller, planId, id)).toMatchObject({ status: "dropped" });
      expect(await entriesOf(s.admin.caller, planId, "step_drop_requested")).toHaveLength(1);
      expect(await entriesOf(s.admin.caller, planId, "step_dropped")).toHaveLength(1);
    }
  });

  it("two recruiters answering the candidate's request at once, one confirming, one declining: one of the two, never both", async () => {
    for (let round = 0; round < 5; round++) {
      const s = await debriefSetUp();
      const { planId } = s;
      const colleague = await recruiterOf(s.db, s.org.id, "recruiter", "Casey Colleague");
      const id = await agreedStep(s);
      await s.candidate.caller.nextStep.drop({ planId, stepId: id });
      const [confirmed, declined] = await Promise.allSettled([
        s.admin.caller.nextStep.drop({ planId, stepId: id }),
        colleague.caller.nextStep.declineDrop({ planId, stepId: id }),
      ]);
      const step = await stepOf(s.candidate.caller, planId, id);
      const dropped = (await entriesOf(s.candidate.caller, planId, "step_dropped")).length;
      const kept = (await entriesOf(s.candidate.caller, planId, "step_drop_declined")).length;
      if (declined.status === "fulfilled") {
        // Declined first: the confirmation that followed became the organisation's own request.
        expect(kept).toBe(1);
        expect(dropped).toBe(0);
        expect(confirmed).toMatchObject({ status: "fulfilled", value: { status: "drop_requested" } });
        expect(step).toMatchObject({ status: "open", dropRequestedBySide: "organisation" });
      } else {
        expect(confirmed).toMatchObject({ status: "fulfilled", value: { status: "dropped" } });
        expect(kept).toBe(0);
        expect(dropped).toBe(1);
        expect(step.status).toBe("dropped");
      }
    }
  });
});
