import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, orgInvitations, plans } from "@/db/schema";

/**
 * What a member leaves behind when removed from an organisation, in the
 * removal's transaction: their notifications about its plans (the messages
 * were written for the organisation's side, and so are still-pending digest
 * emails) and the colleague invitations they sent, which would otherwise let
 * someone join on the word of a person who is no longer there.
 *
 * The plan (candidate) invitations they sent keep working: the plan belongs
 * to the organisation, and the candidate should not lose their link because
 * a recruiter left. Requests for a new link go to the organisation's admins
 * instead (plan-invitations.ts, recipientsOfLinkRequest).
 */
export async function withdrawRemovedMember(tx: Db, input: { orgId: string; userId: string }): Promise<void> {
  const orgPlans = tx
    .select({ id: plans.id })
    .from(plans)
    // A plan they are the candidate of stays theirs (only possible in data from before that was refused).
    .where(and(eq(plans.orgId, input.orgId), or(isNull(plans.candidateUserId), ne(plans.candidateUserId, input.userId))));
  await tx.delete(notifications).where(and(eq(notifications.userId, input.userId), inArray(notifications.planId, orgPlans)));
  await tx
    .update(orgInvitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(orgInvitations.orgId, input.orgId),
        eq(orgInvitations.invitedById, input.userId),
        isNull(orgInvitations.acceptedAt),
        isNull(orgInvitations.revokedAt),
      ),
    );
}
