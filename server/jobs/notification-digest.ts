import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, memberships, notifications, plans, users } from "@/db/schema";
import { enqueueEmail } from "@/server/email/outbox";
import { notificationDigestEmail, type DigestPlan } from "@/server/email/templates";
import { env } from "@/server/env";
import type { JobHandler } from "./queue";
import { absoluteUrl, planPathFor } from "@/server/rules/plan-urls";

const KIND = "notification_digest";

/**
 * Notification emails to one person are batched: each notification that
 * should be emailed is marked email_pending, and one job per recipient and
 * window (NOTIFICATION_DIGEST_MINUTES) sends them together when the window
 * ends. The dedupe key names the window, so every event of that window
 * schedules the same job. One statement for every recipient of an event.
 */
export async function scheduleNotificationDigests(tx: Db, userIds: string[], now = new Date()): Promise<void> {
  // One row per key: a statement's ON CONFLICT DO UPDATE may not touch one row twice.
  const recipients = [...new Set(userIds)];
  if (!recipients.length) return;
  const windowMs = env().NOTIFICATION_DIGEST_MINUTES * 60_000;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  await tx
    .insert(jobs)
    .values(
      recipients.map((userId) => ({
        kind: KIND,
        dedupeKey: `${KIND}:${userId}:${new Date(windowStart).toISOString()}`,
        runAt: new Date(windowStart + windowMs),
        payload: { userId },
      })),
    )
    // A job of this window that already ran (a worker whose clock ran ahead) runs again for what came since:
    // it only ever sends what is still pending, so nothing goes out twice.
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: { status: "pending", attempts: 0, lockedUntil: null },
      setWhere: inArray(jobs.status, ["done", "skipped"]),
    });
}

function planUrl(planId: string, side: "candidate" | "organisation") {
  return absoluteUrl(env().APP_URL, planPathFor(side, planId));
}

/**
 * Sends one email with the recipient's pending notifications. Taking the
 * flags is one UPDATE … RETURNING, so two workers never both send one. Left
 * out: what was read in the app meanwhile, and anything about a plan the
 * recipient no longer stands on one side of (the candidate, or the plan's
 * creator while still a member): a digest only carries messages written for
 * the recipient's own side, with the link of that side.
 */
const sendNotificationDigest: JobHandler = async (db, payload) => {
  const [recipient] = await db.select().from(users).where(eq(users.id, payload.userId!));
  if (!recipient) return "skipped";
  const taken = await db
    .update(notifications)
    .set({ emailPending: false })
    .where(and(eq(notifications.userId, recipient.id), eq(notifications.emailPending, true)))
    .returning({ planId: notifications.planId, message: notifications.message, readAt: notifications.readAt, createdAt: notifications.createdAt });
  const unread = taken.filter((n) => n.readAt === null && n.planId !== null);
  if (!recipient.notificationEmails || !unread.length) return "skipped";

  const planRows = await db
    .select({
      id: plans.id,
      roleTitle: plans.roleTitle,
      hiringCompany: plans.hiringCompany,
      isCandidate: sql<boolean>`${plans.candidateUserId} is not distinct from ${recipient.id}`,
      isCreatingMember: sql<boolean>`${plans.createdById} is not distinct from ${recipient.id} and ${memberships.id} is not null`,
      isMember: sql<boolean>`${memberships.id} is not null`,
    })
    .from(plans)
    .leftJoin(memberships, and(eq(memberships.orgId, plans.orgId), eq(memberships.userId, recipient.id)))
    .where(inArray(plans.id, [...new Set(unread.map((n) => n.planId!))]))
    .orderBy(asc(plans.roleTitle), asc(plans.id));
  const digest: DigestPlan[] = [];
  for (const plan of planRows) {
    // On both sides of one plan (data from before that was refused), the side a message was written for is unknown: left out.
    const side = plan.isCandidate && !plan.isMember ? "candidate" : plan.isCreatingMember && !plan.isCandidate ? "organisation" : null;
    if (!side) continue;
    const messages = unread
      .filter((n) => n.planId === plan.id)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((n) => n.message);
    digest.push({ roleTitle: plan.roleTitle, hiringCompany: plan.hiringCompany, url: planUrl(plan.id, side), messages });
  }
  if (!digest.length) return "skipped";
  await enqueueEmail(db, recipient.email, notificationDigestEmail({ recipientName: recipient.name, plans: digest }));
  return "done";
};

export const notificationDigestHandlers = { [KIND]: sendNotificationDigest };

