import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planFeedback, plans } from "@/db/schema";
import { AppError, notFound } from "./errors";
import type { PlanActor } from "./plan-access";
import { recordEvent } from "./timeline";
import { ALREADY_RATED_MESSAGE, feedbackRefusal } from "@/server/rules/feedback";

export interface FeedbackInput {
  preparation: number;
  clarity: number;
  overall: number;
  comment: string;
  showName: boolean;
}

/** The candidate's own feedback as they gave it, for their page. */
export interface GivenFeedback extends FeedbackInput {
  createdAt: Date;
}

function assertCandidate(actor: PlanActor) {
  // The organisation reads feedback only through its insights (anonymised unless allowed): per plan, to it, this does not exist.
  if (actor.side !== "candidate") throw notFound("Feedback");
}

const givenColumns = {
  preparation: planFeedback.preparationRating,
  clarity: planFeedback.clarityRating,
  overall: planFeedback.overallRating,
  comment: planFeedback.comment,
  showName: planFeedback.showName,
  createdAt: planFeedback.createdAt,
};

/** What the candidate gave on this plan (null: nothing yet), and whether they may rate it now. */
export async function feedbackOf(db: Db, actor: PlanActor, now: Date) {
  assertCandidate(actor);
  const [given] = await db.select(givenColumns).from(planFeedback).where(eq(planFeedback.planId, actor.plan.id));
  const refusal = given ? ALREADY_RATED_MESSAGE : feedbackRefusal(actor.plan, now);
  return { given: given ?? null, canSubmit: refusal === null, refusal };
}

/**
 * Rates the plan once. The plan's state is read again under its row lock, so
 * a plan reopened or erased meanwhile is refused; the unique plan_id decides
 * between concurrent submissions: the first is kept, every other is told so
 * and changes nothing.
 */
export async function submitFeedback(db: Db, actor: PlanActor, input: FeedbackInput, now: Date): Promise<GivenFeedback> {
  assertCandidate(actor);
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, actor.plan.id)).for("update");
    if (!plan || plan.candidateUserId !== actor.userId) throw notFound("Plan");
    const refusal = feedbackRefusal(plan, now);
    if (refusal) throw new AppError("PRECONDITION_FAILED", refusal);
    const [saved] = await tx
      .insert(planFeedback)
      .values({
        planId: plan.id,
        orgId: plan.orgId,
        candidateUserId: actor.userId,
        preparationRating: input.preparation,
        clarityRating: input.clarity,
        overallRating: input.overall,
        comment: input.comment,
        showName: input.showName,
      })
      .onConflictDoNothing({ target: planFeedback.planId })
      .returning(givenColumns);
    if (!saved) throw new AppError("CONFLICT", ALREADY_RATED_MESSAGE);
    // The fact only, and for the candidate's eyes: an entry on the organisation's timeline would tie an anonymous comment to its plan.
    await recordEvent(tx, { planId: plan.id, actorSide: "candidate", actorId: actor.userId, audience: "candidate", type: "feedback_given", data: {} });
    return saved;
  });
}
