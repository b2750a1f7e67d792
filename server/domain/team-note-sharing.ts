import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans } from "@/db/schema";
import { assertPlanWritable } from "./plan-writable";

/**
 * Whether the plan's invited interviewers may read its internal note. Not a
 * form edit: the plan's version stays, so a recruiter's open form is not made stale.
 */
export async function shareInternalNoteWithInterviewers(db: Db, input: { orgId: string; planId: string; allowed: boolean }) {
  await db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, input.planId, ["details"], { orgId: input.orgId });
    await tx.update(plans).set({ interviewersSeeInternalNote: input.allowed }).where(eq(plans.id, plan.id));
  });
  return { allowed: input.allowed };
}
