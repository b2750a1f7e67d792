import { and, asc, count, eq, inArray, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, planInterviewers, plans, users, type GoalKind, type GoalPriority, type PlanSide, type Visibility } from "@/db/schema";
import { isGoalKindOf } from "@/server/rules/goal-kinds";
import { canAddGoal, goalFlagsFor } from "@/server/rules/goal-rules";
import { effectiveStage } from "@/server/rules/stages";
import { AppError, notFound } from "./errors";
import type { PlanActor } from "./plan-access";
import { assertPlanWritable } from "./plan-writable";
import { audienceOf, recordEvent } from "./timeline";
import { visibleToSql } from "./visibility";
import { decodeJsonRows, jsonRowOf, readOverPlan, rowsAsJson, type JsonRow } from "./json-rows";
import { MAX_GOALS_PER_SIDE } from "@/server/rules/limits";


export interface GoalFields {
  kind: GoalKind;
  text: string;
  detail: string;
  priority: GoalPriority;
  visibility: Visibility;
}

export const STALE_GOAL_MESSAGE = "This goal was changed by someone else meanwhile. Reload to see the latest version.";

function assertKind(side: PlanSide, kind: GoalKind) {
  if (!isGoalKindOf(side, kind))
    throw new AppError("BAD_REQUEST", "That kind of goal belongs to the other side.", "kind");
}

const goalFields = {
  id: goals.id,
  side: goals.side,
  kind: goals.kind,
  text: goals.text,
  detail: goals.detail,
  priority: goals.priority,
  visibility: goals.visibility,
  position: goals.position,
  version: goals.version,
  outcome: goals.outcome,
  outcomeNote: goals.outcomeNote,
  updatedAt: goals.updatedAt,
  lastEditedByName: sql<string | null>`${users.name}`,
  interviewerId: goals.interviewerId,
  /** The invited interviewer who wrote it, as the plan names them: both sides read whose goal it is. */
  interviewerName: sql<string | null>`${planInterviewers.name}`,
};

/** The actor's own goals as SQL: server/rules/goal-rules.ts ownsGoal. */
export function ownGoalSql(actor: PlanActor) {
  return and(
    eq(goals.planId, actor.plan.id),
    eq(goals.side, actor.side),
    actor.role === "interviewer" ? eq(goals.interviewerId, actor.interviewerId ?? sql`null`) : undefined,
  )!;
}

type GoalRow = JsonRow<typeof goalFields>;

/**
 * Positions are counted within what the reader sees (1, 2, 3 per side): a
 * stored position would show a gap where a private goal of the other side sits.
 */
function numbered(rows: GoalRow[]) {
  const seen: Record<PlanSide, number> = { candidate: 0, organisation: 0 };
  return rows.map((goal) => ({ ...goal, position: ++seen[goal.side] }));
}

/**
 * The goals `side` may read, as a JSON column over the plan row (the one
 * read of them: goal.list and the plan pages): all of their own side's, only
 * the shared ones of the other side. Decode with goalsFromJson.
 */
export function visibleGoalsJson(db: Db, side: PlanSide) {
  return rowsAsJson(
    db
      .select({ row: jsonRowOf(goalFields) })
      .from(goals)
      .leftJoin(users, eq(users.id, goals.lastEditedById))
      .leftJoin(planInterviewers, eq(planInterviewers.id, goals.interviewerId))
      .where(and(eq(goals.planId, plans.id), visibleToSql(side, goals)))
      .orderBy(asc(goals.side), asc(goals.position), asc(goals.createdAt), asc(goals.id)),
  );
}

export function goalsFromJson(value: unknown) {
  return numbered(decodeJsonRows(goalFields, value));
}

export async function visibleGoals(db: Db, actor: PlanActor) {
  const { goals: json } = await readOverPlan(db, actor.plan.id, { goals: visibleGoalsJson(db, actor.side) });
  return goalsFromJson(json);
}

/** What goal.list answers: the goals with what the reader may do with each, and whether they may add one. */
export function goalList(actor: PlanActor, visible: Awaited<ReturnType<typeof visibleGoals>>, now = new Date()) {
  const { side } = actor;
  const stage = effectiveStage(actor.plan, now);
  return {
    mySide: side,
    canAdd: canAddGoal(stage, visible.filter((g) => g.side === side).length),
    goals: visible.map(({ interviewerId, ...g }) => ({ ...g, ...goalFlagsFor({ ...g, interviewerId }, actor, stage) })),
  };
}

/** Every goal write takes the plan's lock (assertPlanWritable): counts, positions and reorders see a stable list. */
export async function addGoal(db: Db, actor: PlanActor, fields: GoalFields) {
  assertKind(actor.side, fields.kind);
  return db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, actor.plan.id, ["goals", "timeline"]);
    const [stats] = await tx
      .select({ total: count(), last: max(goals.position) })
      .from(goals)
      .where(and(eq(goals.planId, actor.plan.id), eq(goals.side, actor.side)));
    if (!canAddGoal(effectiveStage(plan, new Date()), stats?.total ?? 0))
      throw new AppError("BAD_REQUEST", `A side can keep at most ${MAX_GOALS_PER_SIDE} goals on a plan. Remove one first.`);
    const [goal] = await tx
      .insert(goals)
      .values({
        ...fields,
        planId: actor.plan.id,
        side: actor.side,
        position: (stats?.last ?? 0) + 1,
        lastEditedById: actor.userId,
        interviewerId: actor.interviewerId,
      })
      .returning({ id: goals.id, version: goals.version });
    await recordEvent(tx, {
      planId: actor.plan.id,
      actorSide: actor.side,
      actorId: actor.userId,
      type: "goal_added",
      audience: audienceOf(actor.side, fields.visibility),
      data: { goalId: goal!.id, kind: fields.kind, visibility: fields.visibility },
    });
    return goal!;
  });
}

/** Only the owning side edits a goal, and only from the version it last saw. */
export async function updateGoal(
  db: Db,
  actor: PlanActor,
  input: { goalId: string; expectedVersion: number; fields: GoalFields },
) {
  assertKind(actor.side, input.fields.kind);
  return db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["goals"]);
    const ownGoal = and(eq(goals.id, input.goalId), ownGoalSql(actor));
    const [goal] = await tx
      .update(goals)
      .set({
        ...input.fields,
        version: sql`${goals.version} + 1`,
        lastEditedById: actor.userId,
        updatedAt: new Date(),
      })
      .where(and(ownGoal, eq(goals.version, input.expectedVersion)))
      .returning({ id: goals.id, version: goals.version });
    if (goal) return goal;
    const [exists] = await tx.select({ id: goals.id }).from(goals).where(ownGoal);
    if (!exists) throw notFound("Goal");
    throw new AppError("CONFLICT", STALE_GOAL_MESSAGE);
  });
}

export async function deleteGoal(db: Db, actor: PlanActor, goalId: string) {
  await db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["goals"]);
    const deleted = await tx
      .delete(goals)
      .where(and(eq(goals.id, goalId), ownGoalSql(actor)))
      .returning({ id: goals.id });
    if (!deleted.length) throw notFound("Goal");
  });
}

/**
 * Sets the order of the actor's own goals in one statement, under the plan's
 * lock. The list must name exactly the goals that exist now, so a goal added
 * or deleted meanwhile is never lost or duplicated: the reorder is refused.
 * The goals take the places they held among their side's, in the new order:
 * an interviewer's goals move among each other, never past a colleague's.
 */
export async function reorderGoals(db: Db, actor: PlanActor, orderedIds: string[]) {
  await db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["goals"]);
    const current = await tx.select({ id: goals.id, position: goals.position }).from(goals).where(ownGoalSql(actor));
    const currentIds = new Set(current.map((g) => g.id));
    const sameSet = orderedIds.length === currentIds.size && orderedIds.every((id) => currentIds.has(id));
    if (!sameSet || new Set(orderedIds).size !== orderedIds.length)
      throw new AppError("CONFLICT", "The list of goals changed meanwhile. Reload and reorder again.");
    if (!orderedIds.length) return;
    const places = current.map((g) => g.position).sort((a, b) => a - b);
    const position = sql.join(
      orderedIds.map((id, index) => sql`when ${goals.id} = ${id}::uuid then ${places[index]!}::int`),
      sql` `,
    );
    await tx
      .update(goals)
      .set({ position: sql`case ${position} end` })
      .where(and(ownGoalSql(actor), inArray(goals.id, orderedIds)));
  });
}
