import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Plan } from "@/db/schema";
import { enqueueEmail } from "@/server/email/outbox";
import { takeEmailQuota } from "@/server/email/quotas";
import type { EmailMessage } from "@/server/email/templates";

/**
 * Emails the candidate a change to their meeting (a new time, a new place), counted against the
 * sender's meeting-update quota. A candidate with an account who turned notification emails off
 * gets none (the app's notification still tells them); one invited but not joined yet has no
 * setting, and their email is the only way to tell them. The message is built only when it goes.
 */
export async function emailCandidateAboutMeeting(
  tx: Db,
  plan: Plan,
  actorId: string | null,
  message: () => Promise<EmailMessage>,
): Promise<void> {
  const [candidate] = plan.candidateUserId
    ? await tx.select({ notificationEmails: users.notificationEmails }).from(users).where(eq(users.id, plan.candidateUserId))
    : [];
  if (candidate && !candidate.notificationEmails) return;
  await takeEmailQuota(tx, { purpose: "meeting_update", senderId: actorId, orgId: plan.orgId, to: plan.candidateEmail });
  await enqueueEmail(tx, plan.candidateEmail, await message());
}
