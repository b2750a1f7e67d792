import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans, type PlanOutcome } from "@/db/schema";
import { AppError } from "./errors";
import { notifySide } from "./notifications";
import { revokePendingInvitations } from "./plan-invitations";
import { assertTransition } from "./plan-stages";
import { assertPlanWritable } from "./plan-writable";
import { STALE_VERSION_MESSAGE } from "./plans";
import { recordEvent } from "./timeline";
import { OUTCOME_LABEL } from "@/server/rules/labels";
import { candidateSeesPlan } from "@/server/rules/plan-actions";

/** Closes the plan with its outcome: read-only for both sides from then on, still readable. */
export async function closePlan(
  db: Db,
  input: { orgId: string; planId: string; expectedVersion: number; actorId: string; outcome: PlanOutcome; message: string },
) {
  await db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, input.planId, ["stage", "timeline"], { orgId: input.orgId });
    assertTransition(plan.stage, "closed");
    if (plan.version !== input.expectedVersion) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    const now = new Date();
    await tx
      .update(plans)
      .set({
        stage: "closed",
        outcome: input.outcome,
        closingMessage: input.message || null,
        closedAt: now,
        version: plan.version + 1,
        updatedAt: now,
      })
      .where(eq(plans.id, plan.id));
    await revokePendingInvitations(tx, plan.id);
    const candidateSees = candidateSeesPlan(plan);
    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "organisation",
      actorId: input.actorId,
      type: "plan_closed",
      audience: candidateSees ? "both" : "organisation",
      data: { outcome: input.outcome },
    });
    if (candidateSees)
      await notifySide(tx, {
        plan,
        side: "candidate",
        actorId: input.actorId,
        type: "plan_closed",
        subject: `Update on ${plan.roleTitle} at ${plan.hiringCompany}: ${OUTCOME_LABEL[input.outcome]}`,
        message:
          `The process for ${plan.roleTitle} at ${plan.hiringCompany} has an outcome: ${OUTCOME_LABEL[input.outcome]}.` +
          (input.message ? `\n\n${input.message}` : ""),
      });
  });
}
