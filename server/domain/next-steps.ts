import { and, asc, eq, getTableColumns, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { nextSteps, plans, type NextStep, type Plan, type PlanSide, type StepOwner } from "@/db/schema";
import { decodeJsonRows, jsonRowOf, readOverPlan, rowsAsJson } from "./json-rows";
import { AppError, notFound } from "./errors";
import { notifySide } from "./notifications";
import { emailSummaryOnAgreement } from "./summary-emails";
import type { PlanActor } from "./plan-access";
import { planRoleMay } from "@/server/rules/plan-roles";
import { effectiveStage } from "@/server/rules/stages";
import type { PlanPart } from "@/server/rules/live";
import { assertPlanWritable } from "./plan-writable";
import { recordEvent } from "./timeline";
import { formatDueOn } from "@/server/rules/format";
import { ownerNoun } from "@/server/rules/labels";
import { stepSnapshotOf, type TimelineEvent } from "@/server/rules/timeline-events";
import {
  canEditStep,
  canMarkStepDone,
  canProposeStep,
  dropModeFor,
  editWithdrawsConfirmation,
  isAgreed,
  noStepActions,
  sideOwning,
  stepsAreOpen,
  stepFlagsFor,
  STEPS_NOT_YET_MESSAGE,
} from "@/server/rules/step-rules";
import { otherSide } from "@/server/rules/visibility";
import { scheduleStepDueReminder } from "@/server/jobs/reminders";
import { MAX_STEPS_PER_PLAN } from "@/server/rules/limits";

/**
 * Next steps, agreed only when both sides confirmed them. All writes lock the
 * plan row, so "every open step is agreed" is computed on a stable list and
 * the plan's stage follows it in the same transaction.
 */

export interface StepFields {
  description: string;
  owner: StepOwner;
  dueOn: string | null;
}

export const STALE_STEP_MESSAGE = "This step was changed meanwhile. Reload to see the latest version before editing.";

const confirmedAt = (side: PlanSide) => (side === "candidate" ? nextSteps.candidateConfirmedAt : nextSteps.organisationConfirmedAt);
const confirmedKey = (side: PlanSide) => (side === "candidate" ? "candidateConfirmedAt" : "organisationConfirmedAt");

/** A step write may move the plan's stage (syncAgreement) and records an event. */
const STEP_PARTS: PlanPart[] = ["steps", "stage", "timeline"];

/**
 * Every step command starts here: the plan's lock and the closed check
 * (assertPlanWritable), then the steps' own rule, on the locked row: next
 * steps open once the meeting has ended.
 */
async function lockPlanForSteps(tx: Db, actor: PlanActor): Promise<Plan> {
  const plan = await assertPlanWritable(tx, actor.plan.id, STEP_PARTS);
  if (!stepsAreOpen(effectiveStage(plan, new Date()))) throw new AppError("PRECONDITION_FAILED", STEPS_NOT_YET_MESSAGE);
  return plan;
}

async function findStep(tx: Db, planId: string, stepId: string) {
  const [step] = await tx
    .select()
    .from(nextSteps)
    .where(and(eq(nextSteps.id, stepId), eq(nextSteps.planId, planId)));
  if (!step) throw notFound("Step");
  return step;
}

/**
 * Moves the plan between "debrief" and "next steps agreed" to match its
 * steps: agreed when there is at least one live step and every open one has
 * both confirmations. Tells both sides when agreement is reached.
 */
async function syncAgreement(tx: Db, plan: Plan) {
  const steps = await tx.select().from(nextSteps).where(and(eq(nextSteps.planId, plan.id), ne(nextSteps.status, "dropped")));
  const open = steps.filter((s) => s.status === "open");
  const agreed = steps.length > 0 && open.every(isAgreed);
  if (agreed && !plan.stepsAgreedAt) {
    const now = new Date();
    await tx.update(plans).set({ stage: "next_steps_agreed", stepsAgreedAt: now, updatedAt: now }).where(eq(plans.id, plan.id));
    await recordEvent(tx, { planId: plan.id, actorSide: null, actorId: null, type: "steps_agreed", audience: "both", data: {} });
    const notice = {
      plan,
      actorId: null,
      type: "steps_agreed",
      subject: `Next steps agreed: ${plan.roleTitle} at ${plan.hiringCompany}`,
      message: `Both sides have confirmed every open next step for ${plan.roleTitle} at ${plan.hiringCompany}.`,
    };
    await notifySide(tx, { ...notice, side: "candidate" });
    await notifySide(tx, { ...notice, side: "organisation" });
    await emailSummaryOnAgreement(tx, plan);
  } else if (!agreed && (plan.stepsAgreedAt || plan.stage !== "debrief")) {
    await tx.update(plans).set({ stage: "debrief", stepsAgreedAt: null, updatedAt: new Date() }).where(eq(plans.id, plan.id));
  }
}

/** A step inside a notification: `"Send the offer" (the recruiter, due Sat 12 Dec 2026)`. */
/** A step event of the timeline: which kind, with that kind's values. */
type StepEvent = Extract<TimelineEvent, { type: `step_${string}` }>;

/**
 * What one side did to a step: an entry in both sides' timeline and, with
 * `notice`, a notification to the other side (never to the actor's own).
 */
async function announceStep(tx: Db, plan: Plan, actor: PlanActor, event: StepEvent, notice?: { subject: string; message: string }) {
  await recordEvent(tx, { planId: plan.id, actorSide: actor.side, actorId: actor.userId, audience: "both", ...event });
  if (notice) await notifySide(tx, { plan, side: otherSide(actor.side), actorId: actor.userId, type: event.type, ...notice });
}

function describeStep(fields: StepFields): string {
  return `"${fields.description}" (${ownerNoun(fields.owner)}${fields.dueOn ? `, due ${formatDueOn(fields.dueOn)}` : ""})`;
}

const stepColumns = getTableColumns(nextSteps);

/** A plan's steps, oldest first, as a JSON column over the plan row (nextStep.list and the plan pages). */
export function stepsJson(db: Db) {
  return rowsAsJson(
    db
      .select({ row: jsonRowOf(stepColumns) })
      .from(nextSteps)
      .where(eq(nextSteps.planId, plans.id))
      .orderBy(asc(nextSteps.createdAt), asc(nextSteps.id)),
  );
}

export function stepsFromJson(value: unknown): NextStep[] {
  return decodeJsonRows(stepColumns, value);
}

export async function listSteps(db: Db, planId: string): Promise<NextStep[]> {
  return stepsFromJson((await readOverPlan(db, planId, { steps: stepsJson(db) })).steps);
}

/** What nextStep.list answers: every step with what the reader's side may do with it, and whether they may propose one. */
/** An interviewer reads the steps with nothing to do on them: agreeing is the two parties' (server/rules/plan-roles.ts). */
export function stepList(actor: PlanActor, steps: NextStep[], now = new Date()) {
  const stage = effectiveStage(actor.plan, now);
  const agrees = planRoleMay(actor.role, "steps.agree");
  return {
    mySide: actor.side,
    stepsAgreedAt: actor.plan.stepsAgreedAt,
    canPropose: agrees && canProposeStep(stage, steps.length),
    steps: steps.map((s) => ({ ...s, agreed: isAgreed(s), ...(agrees ? stepFlagsFor(s, actor.side, stage) : noStepActions) })),
  };
}

/** Proposing is agreeing: the proposer's side confirms at once; the other side is asked to. */
export async function proposeStep(db: Db, actor: PlanActor, fields: StepFields) {
  return db.transaction(async (tx) => {
    const plan = await lockPlanForSteps(tx, actor);
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(nextSteps)
      .where(eq(nextSteps.planId, plan.id))) as [{ n: number }];
    if (!canProposeStep(effectiveStage(plan, new Date()), n))
      throw new AppError("BAD_REQUEST", `A plan can hold at most ${MAX_STEPS_PER_PLAN} next steps.`);
    const [step] = await tx
      .insert(nextSteps)
      .values({
        planId: plan.id,
        ...fields,
        proposedBySide: actor.side,
        proposedById: actor.userId,
        [confirmedKey(actor.side)]: new Date(),
      })
      .returning();
    await announceStep(tx, plan, actor, { type: "step_proposed", data: { stepId: step!.id, step: stepSnapshotOf(fields) } }, {
      subject: `New next step to confirm: ${fields.description}`,
      message: `A next step was proposed for ${plan.roleTitle}: ${describeStep(fields)}. Please confirm it or suggest a change.`,
    });
    if (fields.dueOn) await scheduleStepDueReminder(tx, plan, step!);
    await syncAgreement(tx, plan);
    return step!;
  });
}

/**
 * Idempotent: the UPDATE only matches while this side has not confirmed, so
 * any number of identical confirmations leave one confirmation, one event
 * and one notification. `expectedVersion` is the version the person was
 * shown: a step edited meanwhile is refused rather than confirmed unseen.
 * Confirming does not change the version, so both sides may confirm at once.
 */
export async function confirmStep(db: Db, actor: PlanActor, stepId: string, expectedVersion: number) {
  return db.transaction(async (tx) => {
    const plan = await lockPlanForSteps(tx, actor);
    const now = new Date();
    const [step] = await tx
      .update(nextSteps)
      .set({
        [confirmedKey(actor.side)]: now,
        // In the same statement that completes the agreement: from now on dropping takes both sides, whatever edits follow.
        agreedOnceAt: sql`coalesce(${nextSteps.agreedOnceAt}, case when ${confirmedAt(otherSide(actor.side))} is not null then ${now.toISOString()}::timestamptz end)`,
        updatedAt: now,
      })
      .where(
        and(
          eq(nextSteps.id, stepId),
          eq(nextSteps.planId, plan.id),
          eq(nextSteps.status, "open"),
          isNull(confirmedAt(actor.side)),
          eq(nextSteps.version, expectedVersion),
        ),
      )
      .returning();
    if (!step) {
      const existing = await findStep(tx, plan.id, stepId);
      if (existing.status !== "open") throw new AppError("PRECONDITION_FAILED", "This step is no longer open.");
      if (existing.version !== expectedVersion) throw new AppError("CONFLICT", STALE_STEP_MESSAGE);
      return existing;
    }
    await announceStep(tx, plan, actor, { type: "step_confirmed", data: { stepId: step.id, step: stepSnapshotOf(step) } }, {
      subject: `Next step confirmed: ${step.description}`,
      message: `The next step ${describeStep(step)} was confirmed for ${plan.roleTitle}.`,
    });
    await syncAgreement(tx, plan);
    return step;
  });
}

/**
 * Either side may reword a step. Changing what was agreed withdraws the other
 * side's confirmation (they agreed to something else) and says so; the
 * result tells the editor whether it did.
 */
export async function editStep(db: Db, actor: PlanActor, input: { stepId: string; expectedVersion: number; fields: StepFields }) {
  return db.transaction(async (tx) => {
    const plan = await lockPlanForSteps(tx, actor);
    const step = await findStep(tx, plan.id, input.stepId);
    if (!canEditStep(step, effectiveStage(plan, new Date()))) throw new AppError("PRECONDITION_FAILED", "Only open steps can be edited.");
    if (step.version !== input.expectedVersion) throw new AppError("CONFLICT", STALE_STEP_MESSAGE);
    const changed =
      step.description !== input.fields.description || step.owner !== input.fields.owner || step.dueOn !== input.fields.dueOn;
    if (!changed) return { step, confirmationWithdrawn: false };
    const other = otherSide(actor.side);
    const withdrawn = editWithdrawsConfirmation(step, actor.side);
    const [updated] = await tx
      .update(nextSteps)
      .set({
        ...input.fields,
        [confirmedKey(actor.side)]: new Date(),
        [confirmedKey(other)]: null,
        dropRequestedBySide: null,
        version: sql`${nextSteps.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(nextSteps.id, step.id), eq(nextSteps.version, input.expectedVersion)))
      .returning();
    if (!updated) throw new AppError("CONFLICT", STALE_STEP_MESSAGE);
    const edit = { stepId: step.id, before: stepSnapshotOf(step), after: stepSnapshotOf(input.fields), confirmationWithdrawn: withdrawn };
    await announceStep(tx, plan, actor, { type: "step_edited", data: edit }, {
      subject: `Next step changed: ${input.fields.description}`,
      message:
        `The next step ${describeStep(step)} was changed to ${describeStep(input.fields)}.` +
        (withdrawn ? " Your confirmation was withdrawn: please confirm the new version." : " Please confirm it."),
    });
    if (input.fields.dueOn) await scheduleStepDueReminder(tx, plan, updated);
    await syncAgreement(tx, plan);
    return { step: updated, confirmationWithdrawn: withdrawn };
  });
}

/** Only the side that carries a step out marks it done, and only once both agreed to it. */
export async function markStepDone(db: Db, actor: PlanActor, stepId: string) {
  return db.transaction(async (tx) => {
    const plan = await lockPlanForSteps(tx, actor);
    const step = await findStep(tx, plan.id, stepId);
    if (!canMarkStepDone(step, actor.side, effectiveStage(plan, new Date()))) {
      // The rule said no; the message says which part of it.
      if (sideOwning(step.owner) !== actor.side)
        throw new AppError("FORBIDDEN", `Only ${step.owner === "candidate" ? "the candidate" : "the organisation"} can mark this step done.`);
      if (step.status !== "open") throw new AppError("PRECONDITION_FAILED", "This step is no longer open.");
      throw new AppError("PRECONDITION_FAILED", "Both sides must confirm this step before it can be done.");
    }
    await tx.update(nextSteps).set({ status: "done", closedAt: new Date(), updatedAt: new Date() }).where(eq(nextSteps.id, step.id));
    await announceStep(tx, plan, actor, { type: "step_done", data: { stepId: step.id, step: stepSnapshotOf(step) } });
    await syncAgreement(tx, plan);
  });
}

/**
 * Dropping takes both sides, like agreeing: one side asks, the other
 * confirms or declines. Only a proposal the other side never agreed to is
 * withdrawn at once (dropModeFor). Both sides' calls lock the plan, so two
 * requests at once end as one drop that both asked for, never half of one.
 */
export async function dropStep(db: Db, actor: PlanActor, stepId: string) {
  return db.transaction(async (tx) => {
    const plan = await lockPlanForSteps(tx, actor);
    const step = await findStep(tx, plan.id, stepId);
    const mode = dropModeFor(step, actor.side);
    if (mode === "none") throw new AppError("PRECONDITION_FAILED", "This step is no longer open.");
    if (mode === "requested") return { status: "drop_requested" as const };
    if (mode === "request") {
      await tx.update(nextSteps).set({ dropRequestedBySide: actor.side, updatedAt: new Date() }).where(eq(nextSteps.id, step.id));
      await announceStep(tx, plan, actor, { type: "step_drop_requested", data: { stepId: step.id, step: stepSnapshotOf(step) } }, {
        subject: `Drop this next step? ${step.description}`,
        message: `The other side asked to drop the next step ${describeStep(step)}. Confirm to drop it, or keep it.`,
      });
      return { status: "drop_requested" as const };
    }
    await tx.update(nextSteps).set({ status: "dropped", closedAt: new Date(), updatedAt: new Date() }).where(eq(nextSteps.id, step.id));
    // Withdrawing one's own unanswered proposal tells nobody; agreeing to the other side's request tells them.
    const notice =
      mode === "confirm_request"
        ? {
            subject: `Next step dropped: ${step.description}`,
            message: `Your request to drop the next step ${describeStep(step)} was agreed: it is dropped.`,
          }
        : undefined;
    await announceStep(tx, plan, actor, { type: "step_dropped", data: { stepId: step.id, step: stepSnapshotOf(step) } }, notice);
    await syncAgreement(tx, plan);
    return { status: "dropped" as const };
  });
}

/** The side asked to drop a step keeps it instead: the request ends and the step stays open as it was. */
export async function declineStepDrop(db: Db, actor: PlanActor, stepId: string) {
  await db.transaction(async (tx) => {
    const plan = await lockPlanForSteps(tx, actor);
    const step = await findStep(tx, plan.id, stepId);
    const mode = dropModeFor(step, actor.side);
    if (mode === "none") throw new AppError("PRECONDITION_FAILED", "This step is no longer open.");
    if (mode === "requested")
      throw new AppError("PRECONDITION_FAILED", "You asked to drop this step: only the other side can decline that.");
    if (mode !== "confirm_request") throw new AppError("PRECONDITION_FAILED", "Nobody is asking to drop this step any more.");
    await tx.update(nextSteps).set({ dropRequestedBySide: null, updatedAt: new Date() }).where(eq(nextSteps.id, step.id));
    await announceStep(tx, plan, actor, { type: "step_drop_declined", data: { stepId: step.id, step: stepSnapshotOf(step) } }, {
      subject: `Next step kept: ${step.description}`,
      message: `Your request to drop the next step ${describeStep(step)} was declined: the step stays.`,
    });
  });
}
