import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  candidateNotes,
  firstInterviewItems,
  goalAcknowledgements,
  goals,
  planInterviewers,
  plans,
  preparationSteps,
} from "@/db/schema";
import { decodeJsonRows, jsonRowOf, readOverPlan, rowsAsJson } from "./json-rows";
import { AppError, notFound } from "./errors";
import type { PlanActor } from "./plan-access";
import { assertPlanWritable } from "./plan-writable";
import type { PreparationStep } from "@/server/rules/preparation";

const qb = new QueryBuilder();

function assertCandidate(actor: PlanActor) {
  // The organisation never reads or writes the candidate's preparation: to it, this does not exist.
  if (actor.side !== "candidate") throw notFound("Preparation");
}

export const STALE_NOTE_MESSAGE =
  "This note was saved from another tab or device meanwhile. Reload to see that version; your text is kept here to apply again.";

const stepDoneFields = { step: preparationSteps.step };
const noteFields = { interviewerId: candidateNotes.interviewerId, text: candidateNotes.text, version: candidateNotes.version };
const acknowledgementFields = {
  goalId: goalAcknowledgements.goalId,
  note: goalAcknowledgements.note,
  version: goalAcknowledgements.version,
  acknowledgedAt: goalAcknowledgements.acknowledgedAt,
};

/**
 * Everything the candidate wrote while preparing, as columns of a statement
 * over the plan row; private to them: read it only for the candidate's side
 * (preparationOf checks). Decode with preparationFromJson.
 */
export function preparationJson(db: Db) {
  return {
    preparationSteps: rowsAsJson(db.select({ row: jsonRowOf(stepDoneFields) }).from(preparationSteps).where(eq(preparationSteps.planId, plans.id)).orderBy(asc(preparationSteps.step))),
    preparationNotes: rowsAsJson(db.select({ row: jsonRowOf(noteFields) }).from(candidateNotes).where(eq(candidateNotes.planId, plans.id)).orderBy(asc(candidateNotes.id))),
    preparationAcknowledgements: rowsAsJson(
      db
        .select({ row: jsonRowOf(acknowledgementFields) })
        .from(goalAcknowledgements)
        .innerJoin(goals, eq(goals.id, goalAcknowledgements.goalId))
        .where(and(eq(goals.planId, plans.id), eq(goals.side, "organisation"), eq(goals.visibility, "shared")))
        .orderBy(asc(goalAcknowledgements.goalId)),
    ),
  };
}

export function preparationFromJson(row: { preparationSteps: unknown; preparationNotes: unknown; preparationAcknowledgements: unknown }) {
  const notes = decodeJsonRows(noteFields, row.preparationNotes);
  const heldBack = notes.find((n) => !n.interviewerId);
  return {
    stepsDone: decodeJsonRows(stepDoneFields, row.preparationSteps)
      .map((s) => s.step)
      .sort(),
    interviewerNotes: notes.flatMap((n) =>
      n.interviewerId ? [{ interviewerId: n.interviewerId, text: n.text, version: n.version }] : [],
    ),
    heldBackNote: heldBack?.text ?? "",
    /** Null while the candidate has not written it: the first save then says so (expectedVersion null). */
    heldBackNoteVersion: heldBack?.version ?? null,
    acknowledgements: decodeJsonRows(acknowledgementFields, row.preparationAcknowledgements),
  };
}

/** Everything the candidate wrote while preparing, in one statement; private to them. */
export async function preparationOf(db: Db, actor: PlanActor) {
  assertCandidate(actor);
  return preparationFromJson(await readOverPlan(db, actor.plan.id, preparationJson(db)));
}

export async function setStepDone(db: Db, actor: PlanActor, step: PreparationStep, done: boolean) {
  assertCandidate(actor);
  await db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["preparation"]);
    if (done) await tx.insert(preparationSteps).values({ planId: actor.plan.id, step }).onConflictDoNothing();
    else
      await tx
        .delete(preparationSteps)
        .where(and(eq(preparationSteps.planId, actor.plan.id), eq(preparationSteps.step, step)));
  });
}

/**
 * A private note about one interviewer (step 1), or the plan-level "what held
 * me back" note (step 3) when no interviewer. `expectedVersion` is the note's
 * version as the candidate saw it, or null when there was no note yet: a save
 * from a stale tab is refused instead of overwriting the newer text.
 */
export async function saveCandidateNote(
  db: Db,
  actor: PlanActor,
  input: { interviewerId: string | null; text: string; expectedVersion: number | null },
) {
  assertCandidate(actor);
  return db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["preparation"]);
    if (input.interviewerId) {
      const [interviewer] = await tx
        .select({ id: planInterviewers.id })
        .from(planInterviewers)
        .where(and(eq(planInterviewers.id, input.interviewerId), eq(planInterviewers.planId, actor.plan.id)));
      if (!interviewer) throw notFound("Interviewer");
    }
    const ofThisNote = and(
      eq(candidateNotes.planId, actor.plan.id),
      input.interviewerId ? eq(candidateNotes.interviewerId, input.interviewerId) : isNull(candidateNotes.interviewerId),
    );
    const [saved] =
      input.expectedVersion === null
        ? await tx
            .insert(candidateNotes)
            .values({ planId: actor.plan.id, interviewerId: input.interviewerId, text: input.text })
            .onConflictDoNothing()
            .returning({ version: candidateNotes.version })
        : await tx
            .update(candidateNotes)
            .set({ text: input.text, version: sql`${candidateNotes.version} + 1`, updatedAt: new Date() })
            .where(and(ofThisNote, eq(candidateNotes.version, input.expectedVersion)))
            .returning({ version: candidateNotes.version });
    if (!saved) throw new AppError("CONFLICT", STALE_NOTE_MESSAGE);
    return saved;
  });
}

export const ALREADY_ACKNOWLEDGED_MESSAGE =
  "You ticked this goal from another tab or device meanwhile: it stays ticked, with the note saved there.";
export const STALE_UNACKNOWLEDGE_MESSAGE =
  "This goal's tick or note was changed from another tab or device meanwhile, so it stays as it is now. Look at the latest version, then untick it again if you still want to.";

/**
 * Step 5: the candidate acknowledges one of the organisation's shared goals
 * (ticks it, then saves a note on it), or takes the tick back. `expectedVersion`
 * is the acknowledgement's version as the candidate saw it, or null when it
 * was not ticked: a stale save, or a stale untick that would delete a newer
 * note, is refused instead of overwriting it. Returns the new version (null once unticked).
 */
export async function acknowledgeGoal(
  db: Db,
  actor: PlanActor,
  input: { goalId: string; acknowledged: boolean; note: string; expectedVersion: number | null },
): Promise<{ version: number | null }> {
  assertCandidate(actor);
  return db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["preparation"]);
    const [goal] = await tx
      .select({ id: goals.id })
      .from(goals)
      .where(
        and(
          eq(goals.id, input.goalId),
          eq(goals.planId, actor.plan.id),
          eq(goals.side, "organisation"),
          eq(goals.visibility, "shared"),
        ),
      );
    if (!goal) throw notFound("Goal");
    const ofThisGoal = eq(goalAcknowledgements.goalId, goal.id);
    if (!input.acknowledged) {
      if (input.expectedVersion === null) {
        // Not ticked as far as the candidate knew: fine if still so, refused if ticked meanwhile.
        const [ticked] = await tx.select({ version: goalAcknowledgements.version }).from(goalAcknowledgements).where(ofThisGoal);
        if (ticked) throw new AppError("CONFLICT", STALE_UNACKNOWLEDGE_MESSAGE);
        return { version: null };
      }
      const [removed] = await tx
        .delete(goalAcknowledgements)
        .where(and(ofThisGoal, eq(goalAcknowledgements.version, input.expectedVersion)))
        .returning({ goalId: goalAcknowledgements.goalId });
      if (!removed) throw new AppError("CONFLICT", STALE_UNACKNOWLEDGE_MESSAGE);
      return { version: null };
    }
    const [saved] =
      input.expectedVersion === null
        ? await tx
            .insert(goalAcknowledgements)
            .values({ goalId: goal.id, note: input.note })
            .onConflictDoNothing()
            .returning({ version: goalAcknowledgements.version })
        : await tx
            .update(goalAcknowledgements)
            .set({ note: input.note, version: sql`${goalAcknowledgements.version} + 1` })
            .where(and(ofThisGoal, eq(goalAcknowledgements.version, input.expectedVersion)))
            .returning({ version: goalAcknowledgements.version });
    if (!saved) throw new AppError("CONFLICT", input.expectedVersion === null ? ALREADY_ACKNOWLEDGED_MESSAGE : STALE_NOTE_MESSAGE);
    return saved;
  });
}

export interface PreparationSummary {
  stepsDone: number;
  sharedGoals: number;
  itemsToRevisit: number;
}

/**
 * What the organisation may know of the candidate's preparation: counts only,
 * as columns over the plan row of an outer statement (the dashboard's page of
 * plans and the recruiter's plan view, one statement each).
 */
export function preparationSummaryOverPlan() {
  const counted = (table: typeof preparationSteps | typeof goals | typeof firstInterviewItems, where: SQL | undefined) =>
    sql<number>`(${qb.select({ n: sql<number>`count(*)::int`.as("n") }).from(table).where(where)})`.mapWith(Number);
  return {
    stepsDone: counted(preparationSteps, eq(preparationSteps.planId, plans.id)),
    sharedGoals: counted(goals, and(eq(goals.planId, plans.id), eq(goals.side, "candidate"), eq(goals.visibility, "shared"))),
    itemsToRevisit: counted(firstInterviewItems, and(eq(firstInterviewItems.planId, plans.id), eq(firstInterviewItems.status, "to_revisit"))),
  };
}


