import { and, eq, inArray, isNull, sql, type Column, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  candidateNotes,
  firstInterviewItems,
  goalAcknowledgements,
  goals,
  itemComments,
  nextSteps,
  notifications,
  planEvents,
  planFeedback,
  planInvitations,
  plans,
  preparationSteps,
} from "@/db/schema";
import { ANONYMISED_EMAIL, FORMER_CANDIDATE, type ErasureReason } from "@/server/rules/retention";
import { EVENT_DATA } from "@/server/rules/timeline-events";

/** The plan's placeholder address (server/rules/retention.ts anonymisedEmailFor), computed by the statement for every plan at once. */
const placeholderEmail = (planId: SQL | typeof plans.id | typeof planInvitations.planId) =>
  sql<string>`${ANONYMISED_EMAIL.before} || ${planId}::text || ${ANONYMISED_EMAIL.after}`;

/**
 * Erases a plan's candidate personal data, the one way every path does it
 * (their own account deletion, the organisation's retention period, an
 * admin's erasure on request). The candidate's private content goes: private
 * goals, preparation steps and notes, acknowledgements, their notifications
 * about the plan (other people's name the "Former candidate" instead). What they shared with the organisation stays, anonymised:
 * the plan, its invitations and feedback no longer name or reach them, their
 * shared goals, comments, steps and timeline entries are no longer linked to
 * their account (they read as the "Former candidate"). The organisation's
 * timeline records the erasure and its reason, nothing personal.
 *
 * Run it inside a transaction: the plans are locked first, and a plan already
 * anonymised is left alone, so running it twice, or from two instances at
 * once, anonymises each plan once. Returns the ids it anonymised.
 */
export async function anonymisePlans(tx: Db, planIds: string[], reason: ErasureReason, now: Date): Promise<string[]> {
  if (!planIds.length) return [];
  const locked = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(and(inArray(plans.id, planIds), isNull(plans.anonymisedAt)))
    .for("update");
  const ids = locked.map((p) => p.id);
  if (!ids.length) return [];
  const ofPlans = (column: Column) => inArray(column, ids);
  const itemsOfPlans = tx.select({ id: firstInterviewItems.id }).from(firstInterviewItems).where(ofPlans(firstInterviewItems.planId));
  const goalsOfPlans = tx.select({ id: goals.id }).from(goals).where(ofPlans(goals.planId));

  await tx.delete(goalAcknowledgements).where(inArray(goalAcknowledgements.goalId, goalsOfPlans));
  await tx.delete(goals).where(and(ofPlans(goals.planId), eq(goals.side, "candidate"), eq(goals.visibility, "private")));
  await tx.update(goals).set({ lastEditedById: null }).where(and(ofPlans(goals.planId), eq(goals.side, "candidate")));
  await tx.delete(candidateNotes).where(ofPlans(candidateNotes.planId));
  await tx.delete(preparationSteps).where(ofPlans(preparationSteps.planId));
  await tx.update(itemComments).set({ authorId: null }).where(and(inArray(itemComments.itemId, itemsOfPlans), eq(itemComments.side, "candidate")));
  await tx
    .update(firstInterviewItems)
    .set({ flaggedById: null })
    .where(and(ofPlans(firstInterviewItems.planId), eq(firstInterviewItems.flaggedBySide, "candidate")));
  await tx.update(nextSteps).set({ proposedById: null }).where(and(ofPlans(nextSteps.planId), eq(nextSteps.proposedBySide, "candidate")));
  await tx.update(planEvents).set({ actorId: null }).where(and(ofPlans(planEvents.planId), eq(planEvents.actorSide, "candidate")));
  await tx
    .delete(notifications)
    .where(and(ofPlans(notifications.planId), sql`${notifications.userId} = (select ${plans.candidateUserId} from ${plans} where ${plans.id} = ${notifications.planId})`));
  // Everyone else's notifications about the plan stay, without the name they were written with.
  await tx
    .update(notifications)
    .set({ message: sql`replace(${notifications.message}, (select ${plans.candidateName} from ${plans} where ${plans.id} = ${notifications.planId}), ${FORMER_CANDIDATE})` })
    .where(ofPlans(notifications.planId));
  await tx.update(planFeedback).set({ candidateUserId: null, showName: false }).where(ofPlans(planFeedback.planId));
  await tx.update(planInvitations).set({ email: placeholderEmail(planInvitations.planId) }).where(ofPlans(planInvitations.planId));
  await tx
    .update(planInvitations)
    .set({ revokedAt: now })
    .where(and(ofPlans(planInvitations.planId), isNull(planInvitations.acceptedAt), isNull(planInvitations.revokedAt)));
  await tx
    .update(plans)
    .set({
      candidateName: FORMER_CANDIDATE,
      candidateEmail: placeholderEmail(plans.id),
      candidateUserId: null,
      anonymisedAt: now,
      version: sql`${plans.version} + 1`,
      updatedAt: now,
    })
    .where(ofPlans(plans.id));
  const data = EVENT_DATA.candidate_data_erased.parse({ reason });
  await tx.insert(planEvents).values(
    ids.map((planId) => ({ planId, actorSide: null, actorId: null, type: "candidate_data_erased", audience: "organisation" as const, data, createdAt: now })),
  );
  return ids;
}
