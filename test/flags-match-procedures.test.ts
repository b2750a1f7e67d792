import { describe, expect, it } from "vitest";
import type { inferRouterOutputs } from "@trpc/server";
import { uniqueEmail } from "@/db/seed/factories";
import type { AppRouter } from "@/server/api/root";
import { utcToZonedLocal } from "@/server/rules/time-zones";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { buildWorld, freshCopies, readOrNull, settle, worldStages, type World, type WorldStage } from "./flag-worlds";
import { editableContent, newOrg, visitor, type PlanContentForm } from "./plan-api";
import { callerFor, createTestUser, signIn, type Caller } from "./users";

/**
 * The plan views say what the reader may do (`allowed`, `candidateEmailLocked`);
 * here each flag is held against the procedure it stands for, called for real
 * on a copy of the same plan: flag true ⇔ the call succeeds, flag false ⇔ it
 * is refused with a 4xx. Steps, goals and items: flags-match-parts.test.ts.
 */
type Outputs = inferRouterOutputs<AppRouter>;
type RecruiterView = Outputs["plan"]["get"];
type PlanView = RecruiterView | Outputs["interview"]["get"] | Outputs["team"]["get"];
type OnPlan = "admin" | "recruiter" | "candidate" | "interviewer";

/** The recruiter's plan, and its form as the edit page sends it back. */
interface Form {
  plan: RecruiterView;
  content: PlanContentForm;
}

/** A save of the form with one part of the meeting changed. */
const saveWith = (caller: Caller, { plan, content }: Form, meeting: Partial<PlanContentForm["meeting"]>) =>
  caller.plan.update({ planId: plan.id, expectedVersion: plan.version, ...content, meeting: { ...content.meeting, ...meeting } });

interface Check {
  /** What the reader's view promises; no view at all promises nothing. */
  expected: (view: PlanView | null) => boolean;
  call: (caller: Caller, w: World, form: Form, side: "organisation" | "candidate") => Promise<unknown>;
}

const inTenDays = (timeZone: string) => utcToZonedLocal(new Date(Date.now() + 10 * 86_400_000), timeZone);

const planChecks: Record<string, Check> = {
  write: {
    expected: (v) => v?.allowed.write ?? false,
    call: (c, w, _form, side) =>
      c.goal.add({ planId: w.planId, kind: side === "candidate" ? "establish" : "team_goal", text: "Something to settle" }),
  },
  edit: {
    expected: (v) => v?.allowed.edit ?? false,
    call: (c, _w, form) => saveWith(c, form, { roleTitle: `${form.plan.roleTitle} (lead)` }),
  },
  reschedule: {
    expected: (v) => v?.allowed.reschedule ?? false,
    call: (c, _w, form) => saveWith(c, form, { startsAtLocal: inTenDays(form.plan.timeZone) }),
  },
  "another candidate email": {
    expected: (v) => (v !== null && "candidateEmailLocked" in v ? v.allowed.edit && !v.candidateEmailLocked : false),
    call: (c, _w, form) => saveWith(c, form, { candidateEmail: uniqueEmail("another") }),
  },
  "share or resend": {
    expected: (v) => (v ? v.allowed.share || v.allowed.resend : false),
    call: (c, w) => c.plan.share({ planId: w.planId }),
  },
  revoke: { expected: (v) => v?.allowed.revoke ?? false, call: (c, w) => c.plan.revokeInvitation({ planId: w.planId }) },
  cancel: {
    expected: (v) => v?.allowed.cancel ?? false,
    call: (c, w, { plan }) => c.plan.cancel({ planId: w.planId, expectedVersion: plan.version }),
  },
  close: {
    expected: (v) => v?.allowed.close ?? false,
    call: (c, w, { plan }) => c.plan.close({ planId: w.planId, expectedVersion: plan.version, outcome: "further_round" }),
  },
};

function viewOf(w: World, who: OnPlan): Promise<PlanView | null> {
  const planId = w.planId;
  if (who === "interviewer") return readOrNull<PlanView>(w.interviewer.team.get({ planId }));
  return readOrNull<PlanView>(who === "candidate" ? w.candidate.interview.get({ planId }) : w[who].plan.get({ planId }));
}

describe("the plan views' allowed actions match what the procedures do", () => {
  it.each(worldStages)("%s, for the admin, a recruiter, the candidate and the plan's interviewer", async (stage: WorldStage) => {
    const db = await testDb();
    const seen: Record<string, { flag: boolean; outcome: string }> = {};
    for (const who of ["admin", "recruiter", "candidate", "interviewer"] as const) {
      const copies = freshCopies(() => buildWorld(db, stage));
      for (const [name, check] of Object.entries(planChecks)) {
        const w = await copies.next();
        const view = await viewOf(w, who);
        const form = await editableContent(w.adminAccount, w.planId);
        if (view && "invitation" in view && view.allowed.resend) expect(view.invitation).not.toBeNull();
        const outcome = await settle(check.call(w[who], w, form, who === "candidate" ? "candidate" : "organisation"));
        copies.used(outcome);
        seen[`${who} ${name}`] = { flag: check.expected(view), outcome };
      }
    }
    const truthful = Object.fromEntries(Object.entries(seen).map(([k, { flag }]) => [k, { flag, outcome: flag ? "ok" : "refused" }]));
    expect(seen).toEqual(truthful);
  }, 120_000);

  it("the candidate's view allows only writing their side, and only until the plan closes", async () => {
    const db = await testDb();
    for (const stage of ["preparing", "debrief", "closed"] as const) {
      const w = await buildWorld(db, stage);
      const { allowed } = await w.candidate.interview.get({ planId: w.planId });
      const { write, ...organisationActions } = allowed;
      expect(write).toBe(stage !== "closed");
      expect(Object.values(organisationActions)).toEqual(Array(7).fill(false));
    }
  });

  it("each flag is true somewhere and false somewhere, so none of the comparisons above is vacuous", async () => {
    const db = await testDb();
    const views = await Promise.all(
      (["draft", "shared", "sharedExpired", "preparing", "closed"] as const).map(async (stage) => {
        const w = await buildWorld(db, stage);
        return w.admin.plan.get({ planId: w.planId });
      }),
    );
    for (const flag of ["write", "edit", "share", "resend", "revoke", "cancel", "reschedule", "close"] as const)
      expect(new Set(views.map((v) => v.allowed[flag])), flag).toEqual(new Set([true, false]));
    expect(new Set(views.map((v) => v.candidateEmailLocked))).toEqual(new Set([true, false]));
    expect(new Set(views.map((v) => v.candidateSees))).toEqual(new Set([true, false]));
  });

  it.each(["draft", "shared", "preparing"] as WorldStage[])("%s: candidateSees ⇔ cancelling emails the candidate", async (stage) => {
    const db = await testDb();
    const w = await buildWorld(db, stage);
    const plan = await w.admin.plan.get({ planId: w.planId });
    await w.admin.plan.cancel({ planId: w.planId, expectedVersion: plan.version });
    expect((await emailsTo(db, plan.candidateEmail, "plan_cancelled")).length > 0).toBe(plan.candidateSees);
  });
});

describe("callers outside the plan get no view and no action", () => {
  it.each(worldStages)("%s: another organisation's recruiter, a signed-out visitor, an unrelated user", async (stage) => {
    const db = await testDb();
    const w = await buildWorld(db, stage);
    const form = await editableContent(w.adminAccount, w.planId);
    const unrelated = await createTestUser(db);
    const outsiders: Record<string, Caller> = {
      otherOrgRecruiter: (await newOrg(db)).admin.caller,
      signedOut: visitor(db),
      unrelated: callerFor(db, await signIn(db, unrelated.id)),
    };
    const outcomes: Record<string, string> = {};
    for (const [name, caller] of Object.entries(outsiders)) {
      outcomes[`${name} plan.get`] = await settle(caller.plan.get({ planId: w.planId }));
      outcomes[`${name} interview.get`] = await settle(caller.interview.get({ planId: w.planId }));
      for (const [action, check] of Object.entries(planChecks))
        for (const side of ["organisation", "candidate"] as const)
          outcomes[`${name} ${action} as ${side}`] = await settle(check.call(caller, w, form, side));
    }
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((k) => [k, "refused"])));
    expect(await w.admin.plan.get({ planId: w.planId })).toEqual(form.plan);
  }, 60_000);
});
