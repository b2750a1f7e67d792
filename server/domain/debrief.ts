import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstInterviewItems, goals, plans, type GoalOutcome, type PlanSide } from "@/db/schema";
import { decodeJsonRows, jsonRowOf, readOverPlan, rowsAsJson } from "./json-rows";
import { AppError, notFound } from "./errors";
import { ownGoalSql, STALE_GOAL_MESSAGE } from "./goals";
import type { PlanActor } from "./plan-access";
import { debriefIsOpen, DEBRIEF_NOT_YET_MESSAGE } from "@/server/rules/goal-rules";
import { effectiveStage } from "@/server/rules/stages";
import { assertPlanWritable } from "./plan-writable";
import { audienceOf, recordEvent } from "./timeline";
import { visibleToSql } from "./visibility";

/**
 * After the meeting each side marks its own goals; the note travels with the
 * goal's visibility. What is still open (must-know questions not answered,
 * consistency checks not settled) is shown to both sides as open questions.
 * A mark is an edit of the goal: it checks and bumps the goal's version.
 */
export async function markGoalOutcome(
  db: Db,
  actor: PlanActor,
  input: { goalId: string; outcome: GoalOutcome | null; note: string; expectedVersion: number },
) {
  return db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, actor.plan.id, ["debrief", "goals", "timeline"]);
    if (!debriefIsOpen(effectiveStage(plan, new Date()))) throw new AppError("PRECONDITION_FAILED", DEBRIEF_NOT_YET_MESSAGE);
    const ownGoal = and(eq(goals.id, input.goalId), ownGoalSql(actor));
    const [goal] = await tx
      .update(goals)
      .set({
        outcome: input.outcome,
        outcomeNote: input.note,
        lastEditedById: actor.userId,
        version: sql`${goals.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(ownGoal, eq(goals.version, input.expectedVersion)))
      .returning();
    if (!goal) {
      const [exists] = await tx.select({ id: goals.id }).from(goals).where(ownGoal);
      if (!exists) throw notFound("Goal");
      // A colleague marked or edited the same goal meanwhile: refuse rather than overwrite their note.
      throw new AppError("CONFLICT", STALE_GOAL_MESSAGE);
    }
    await recordEvent(tx, {
      planId: actor.plan.id,
      actorSide: actor.side,
      actorId: actor.userId,
      type: "goal_outcome_marked",
      audience: audienceOf(goal.side, goal.visibility),
      data: { goalId: goal.id, visibility: goal.visibility, outcome: input.outcome },
    });
    return { version: goal.version };
  });
}

const mustKnowFields = { id: goals.id, text: goals.text, detail: goals.detail, outcome: goals.outcome, visibility: goals.visibility };
const checkFields = { id: firstInterviewItems.id, topic: firstInterviewItems.topic, summary: firstInterviewItems.summary };

/**
 * The reader's open questions, as columns of a statement over the plan row:
 * must-know goals not achieved that the reader may see, and unsettled
 * consistency checks. Decode them with openQuestionsFromJson.
 */
export function openQuestionsJson(db: Db, side: PlanSide) {
  return {
    openMustKnow: rowsAsJson(
      db
        .select({ row: jsonRowOf(mustKnowFields) })
        .from(goals)
        .where(
          and(
            eq(goals.planId, plans.id),
            eq(goals.kind, "must_know"),
            visibleToSql(side, goals),
            or(isNull(goals.outcome), ne(goals.outcome, "achieved")),
          ),
        )
        .orderBy(asc(goals.position)),
    ),
    openChecks: rowsAsJson(
      db
        .select({ row: jsonRowOf(checkFields) })
        .from(firstInterviewItems)
        .where(and(eq(firstInterviewItems.planId, plans.id), eq(firstInterviewItems.status, "to_revisit")))
        .orderBy(asc(firstInterviewItems.position)),
    ),
  };
}

export function openQuestionsFromJson(row: { openMustKnow: unknown; openChecks: unknown }) {
  return { mustKnow: decodeJsonRows(mustKnowFields, row.openMustKnow), consistencyChecks: decodeJsonRows(checkFields, row.openChecks) };
}

/** The reader's open questions in one statement. */
export async function openQuestions(db: Db, actor: PlanActor) {
  return openQuestionsFromJson(await readOverPlan(db, actor.plan.id, openQuestionsJson(db, actor.side)));
}
