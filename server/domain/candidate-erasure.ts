import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans, users } from "@/db/schema";
import { anonymisePlans } from "./anonymise";
import { AppError } from "./errors";

/**
 * The organisation's plans of one candidate, by address: the plan's own
 * candidate address, or the account that joined it (they may have been
 * invited at another address). Only this organisation's plans, still
 * named: another organisation's plans, and the account itself, are theirs.
 */
function candidatePlansOf(orgId: string, email: string) {
  const address = email.trim().toLowerCase();
  return and(
    eq(plans.orgId, orgId),
    isNull(plans.anonymisedAt),
    or(
      sql`lower(${plans.candidateEmail}) = ${address}`,
      sql`${plans.candidateUserId} in (select ${users.id} from ${users} where ${users.email} = ${address})`,
    ),
  )!;
}

/** How many of the organisation's plans an erasure for this address would anonymise, for the admin to confirm. */
export async function previewCandidateErasure(db: Db, orgId: string, email: string) {
  const [row] = await db.select({ plans: sql<number>`count(*)::int`.mapWith(Number) }).from(plans).where(candidatePlansOf(orgId, email));
  return { plans: row?.plans ?? 0 };
}

export const ERASURE_CHANGED_MESSAGE = "The candidate's plans changed since you looked. Check the number again, then confirm.";

/**
 * Anonymises the candidate's plans of this organisation, as the admin
 * confirmed them: when the count differs from the one they saw (a plan added
 * or erased meanwhile), nothing happens and they are asked to look again.
 */
export async function eraseCandidateData(db: Db, input: { orgId: string; email: string; expectedPlans: number }, now = new Date()) {
  return db.transaction(async (tx) => {
    const matching = await tx.select({ id: plans.id }).from(plans).where(candidatePlansOf(input.orgId, input.email)).for("update");
    if (matching.length !== input.expectedPlans) throw new AppError("CONFLICT", ERASURE_CHANGED_MESSAGE);
    const erased = await anonymisePlans(tx, matching.map((p) => p.id), "admin_request", now);
    return { erased: erased.length };
  });
}
