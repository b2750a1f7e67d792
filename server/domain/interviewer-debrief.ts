import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planInterviewers } from "@/db/schema";
import { debriefRefusal } from "@/server/rules/goal-rules";
import { effectiveStage } from "@/server/rules/stages";
import { AppError } from "./errors";
import type { PlanActor } from "./plan-access";
import { assertPlanWritable } from "./plan-writable";

export const STALE_DEBRIEF_MESSAGE = "Your debrief note was saved from another window meanwhile. Reload to see the latest version.";

/**
 * An interviewer's own debrief note, on their row of the plan: only after
 * the meeting while the debrief is open (the rule the goals' outcomes
 * follow), versioned with the row so a second window cannot overwrite it
 * unseen. The organisation's side reads it live ("debrief").
 */
export async function saveInterviewerDebrief(
  db: Db,
  actor: PlanActor,
  input: { note: string; expectedVersion: number },
  now = new Date(),
) {
  const interviewerId = actor.interviewerId;
  if (!interviewerId) throw new AppError("FORBIDDEN", "Only an invited interviewer writes an interviewer's debrief note.");
  return db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, actor.plan.id, ["debrief"], { now });
    const refusal = debriefRefusal(effectiveStage(plan, now));
    if (refusal) throw new AppError("PRECONDITION_FAILED", refusal);
    const [saved] = await tx
      .update(planInterviewers)
      .set({ debriefNote: input.note, debriefedAt: input.note ? now : null, version: sql`${planInterviewers.version} + 1` })
      .where(
        and(
          eq(planInterviewers.id, interviewerId),
          eq(planInterviewers.planId, plan.id),
          eq(planInterviewers.version, input.expectedVersion),
        ),
      )
      .returning({ version: planInterviewers.version, debriefNote: planInterviewers.debriefNote, debriefedAt: planInterviewers.debriefedAt });
    if (!saved) throw new AppError("CONFLICT", STALE_DEBRIEF_MESSAGE);
    return saved;
  });
}
