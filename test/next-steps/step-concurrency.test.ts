import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { MAX_STEPS_PER_PLAN } from "@/server/rules/limits";
import { recruiterOf } from "../plan-api";
import { agreementSeenByBoth, debriefSetUp, digestsTo, entriesOf, notificationsAbout, startOfDigestWindow, stepOf } from "./fixtures";

/**
 * "Nothing confirmed is ever lost" and a confirmation is idempotent: a
 * double-clicking browser, a retrying network or twenty tabs must leave one
 * confirmation, one timeline entry, one notification and one email. On
 * PostgreSQL these calls really run at once, on a pool of connections.
 */
describe("next steps under concurrent calls", () => {
  it("20 identical confirmations at once leave one confirmation, one entry, one notification and one email", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    const { db, planId } = s;
    const colleague = await recruiterOf(s.db, s.org.id, "recruiter", "Casey Colleague");
    const { id } = await s.admin.caller.nextStep.propose({ planId, description: "Reference check", owner: "recruiter" });

    const results = await Promise.all(Array.from({ length: 20 }, () => s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 })));
    expect(results).toEqual(Array.from({ length: 20 }, () => ({ ok: true })));

    const step = await stepOf(s.admin.caller, planId, id);
    expect(step.agreed).toBe(true);
    const confirmedAt = step.candidateConfirmedAt;
    expect(confirmedAt).toBeInstanceOf(Date);
    // Set once: a later confirmation does not move it.
    await s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 });
    expect((await stepOf(s.admin.caller, planId, id)).candidateConfirmedAt).toEqual(confirmedAt);

    expect(await entriesOf(s.admin.caller, planId, "step_confirmed")).toMatchObject([
      { actorSide: "candidate", actorName: "Jordan Blake", data: { stepId: id } },
    ]);
    expect(await entriesOf(s.candidate.caller, planId, "step_confirmed")).toHaveLength(1);
    expect(await entriesOf(s.admin.caller, planId, "steps_agreed")).toHaveLength(1);
    // The creator and the colleague each get one notification; the creator alone gets the email.
    expect(await notificationsAbout(s.admin.caller, planId, "step_confirmed")).toHaveLength(1);
    expect(await notificationsAbout(colleague.caller, planId, "step_confirmed")).toHaveLength(1);
    expect(await notificationsAbout(s.candidate.caller, planId, "step_confirmed")).toEqual([]);
    const [email, ...more] = await digestsTo(db, s.admin.user.email);
    expect(more).toEqual([]);
    expect(email!.textBody.match(/- The next step "Reference check" \(the recruiter\) was confirmed/g)).toHaveLength(1);
    expect(email!.textBody.match(/- Both sides have confirmed every open next step/g)).toHaveLength(1);
    expect(await digestsTo(db, colleague.user.email)).toEqual([]);
    expect((await agreementSeenByBoth(s)).stage).toBe("next_steps_agreed");
  });

  it("two recruiters confirming the candidate's proposal at once, 10 times each, make one organisation confirmation", async () => {
    await startOfDigestWindow();
    const s = await debriefSetUp();
    const { planId } = s;
    const colleague = await recruiterOf(s.db, s.org.id, "recruiter", "Casey Colleague");
    const { id } = await s.candidate.caller.nextStep.propose({ planId, description: "Portfolio review", owner: "candidate" });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? s.admin : colleague).caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 })),
    );
    expect(await entriesOf(s.candidate.caller, planId, "step_confirmed")).toHaveLength(1);
    expect(await notificationsAbout(s.candidate.caller, planId, "step_confirmed")).toHaveLength(1);
    const [email, ...more] = await digestsTo(s.db, s.input.meeting.candidateEmail);
    expect(more).toEqual([]);
    expect(email!.textBody.match(/- The next step "Portfolio review" \(the candidate\) was confirmed/g)).toHaveLength(1);
  });

  it("a confirmation racing an edit never confirms the new wording unseen", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    for (let round = 0; round < 5; round++) {
      const { id } = await s.admin.caller.nextStep.propose({ planId, description: `Round ${round}`, owner: "recruiter" });
      const [confirmed, edited] = await Promise.allSettled([
        s.candidate.caller.nextStep.confirm({ planId, stepId: id, expectedVersion: 1 }),
        s.admin.caller.nextStep.edit({ planId, stepId: id, expectedVersion: 1, description: `Round ${round}, reworded`, owner: "recruiter" }),
      ]);
      expect(edited.status).toBe("fulfilled");
      if (confirmed.status === "rejected") expect((confirmed.reason as TRPCError).code).toBe("CONFLICT");
      // Whichever came first, the reworded step waits for the candidate.
      expect(await stepOf(s.candidate.caller, planId, id)).toMatchObject({
        version: 2,
        description: `Round ${round}, reworded`,
        candidateConfirmedAt: null,
        agreed: false,
      });
    }
  });

  it("20 different steps proposed at once all land, none lost", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const descriptions = Array.from({ length: 20 }, (_, i) => `Concurrent step ${i + 1}`);
    const proposed = await Promise.all(
      descriptions.map((description, i) =>
        (i % 2 ? s.admin : s.candidate).caller.nextStep.propose({ planId, description, owner: i % 3 ? "recruiter" : "candidate" }),
      ),
    );
    expect(new Set(proposed.map((p) => p.id)).size).toBe(20);
    const { steps } = await s.candidate.caller.nextStep.list({ planId });
    expect(new Set(steps.map((x) => x.id))).toEqual(new Set(proposed.map((p) => p.id)));
    expect(steps.map((x) => x.description).sort()).toEqual([...descriptions].sort());
    expect(await entriesOf(s.admin.caller, planId, "step_proposed")).toHaveLength(20);
    // Each side is told about the other side's ten.
    expect(await notificationsAbout(s.candidate.caller, planId, "step_proposed")).toHaveLength(10);
    expect(await notificationsAbout(s.admin.caller, planId, "step_proposed")).toHaveLength(10);
    expect(await agreementSeenByBoth(s)).toEqual({ stage: "debrief", stepsAgreedAt: null });
  });

  it(`proposals racing past the limit never make more than ${MAX_STEPS_PER_PLAN} steps`, async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const results = await Promise.allSettled(
      Array.from({ length: MAX_STEPS_PER_PLAN + 5 }, (_, i) =>
        (i % 2 ? s.admin : s.candidate).caller.nextStep.propose({ planId, description: `Racing ${i}`, owner: "candidate" }),
      ),
    );
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const r of refused) expect((r.reason as TRPCError).code).toBe("BAD_REQUEST");
    expect((await s.admin.caller.nextStep.list({ planId })).steps).toHaveLength(MAX_STEPS_PER_PLAN);
  });

  it("confirming every step at once reaches agreement exactly once", async () => {
    // Each confirmation decides "is everything agreed now?" on its own: without one lock per plan,
    // the last two would each miss the other's and the plan would never read as agreed.
    for (let round = 0; round < 3; round++) {
      const s = await debriefSetUp();
      const { planId } = s;
      const ids: string[] = [];
      for (let i = 0; i < 10; i++)
        ids.push((await s.admin.caller.nextStep.propose({ planId, description: `Step ${i}`, owner: "hiring_company" })).id);
      await Promise.all(ids.map((stepId) => s.candidate.caller.nextStep.confirm({ planId, stepId, expectedVersion: 1 })));
      expect((await s.admin.caller.nextStep.list({ planId })).steps.every((x) => x.agreed)).toBe(true);
      expect(await entriesOf(s.admin.caller, planId, "step_confirmed")).toHaveLength(10);
      expect(await entriesOf(s.admin.caller, planId, "steps_agreed")).toHaveLength(1);
      expect(await notificationsAbout(s.candidate.caller, planId, "steps_agreed")).toHaveLength(1);
      const seen = await agreementSeenByBoth(s);
      expect(seen.stage).toBe("next_steps_agreed");
      expect(seen.stepsAgreedAt).toBeInstanceOf(Date);
    }
  });
});
