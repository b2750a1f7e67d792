import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, notifications, plans, users, type Plan, type PlanSide } from "@/db/schema";
import { enqueueEmail } from "@/server/email/outbox";
import { takeNotificationEmailSlot } from "@/server/email/quotas";
import { publishChange, publishChanges } from "@/server/live/publish";
import { planUpdateEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { scheduleNotificationDigests } from "@/server/jobs/notification-digest";
import { absoluteUrl, planPathFor } from "@/server/rules/plan-urls";
import { candidateSeesPlan } from "@/server/rules/plan-actions";

export interface SideNotice {
  plan: Plan;
  /** The side being told; the actor is never told about their own action. */
  side: PlanSide;
  actorId: string | null;
  type: string;
  /** One line, shown in the bell and as an item of the recipient's next digest email. */
  message: string;
  /** The subject when the message is emailed on its own: to a candidate invited but not joined yet. */
  subject: string;
  /** False when the caller sends its own, more specific email. */
  email?: boolean;
}

function planUrl(plan: Plan, side: PlanSide) {
  return absoluteUrl(env().APP_URL, planPathFor(side, plan.id));
}

/**
 * Tells one side of a plan about a change: an in-app notification for each
 * of its people (the candidate, or every member of the organisation), marked
 * for the batched email of whoever has notification emails on — for the
 * organisation, the recruiter who created the plan (notification-digest.ts).
 * Written in the caller's transaction.
 */
export async function notifySide(tx: Db, notice: SideNotice): Promise<void> {
  const { plan, side } = notice;
  const people =
    side === "candidate"
      ? plan.candidateUserId
        ? await tx.select().from(users).where(eq(users.id, plan.candidateUserId))
        : []
      : await tx
          .select({ user: users })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(eq(memberships.orgId, plan.orgId))
          .then((rows) => rows.map((r) => r.user));
  if (side === "candidate" && !plan.candidateUserId && candidateSeesPlan(plan) && notice.email !== false) {
    // Invited but not joined yet: no account to notify in the app or to batch for, but the email address is
    // known. Each email goes on its own, so the recipient's quotas bound how many a busy day sends.
    if (!(await takeNotificationEmailSlot(tx, { orgId: plan.orgId, to: plan.candidateEmail }))) return;
    await enqueueEmail(
      tx,
      plan.candidateEmail,
      planUpdateEmail({ recipientName: plan.candidateName, subject: notice.subject, message: notice.message, url: planUrl(plan, side) }),
    );
    return;
  }
  const recipients = people.filter((p) => p.id !== notice.actorId);
  if (!recipients.length) return;
  const emailed = (p: (typeof recipients)[number]) =>
    notice.email !== false && p.notificationEmails && (side === "candidate" || p.id === plan.createdById);
  await tx.insert(notifications).values(
    recipients.map((p) => ({ userId: p.id, planId: plan.id, type: notice.type, message: notice.message, emailPending: emailed(p) })),
  );
  await scheduleNotificationDigests(tx, recipients.filter(emailed).map((p) => p.id));
  // Each recipient's open bell re-reads its list, once this transaction commits.
  await publishChanges(tx, recipients.map((p) => ({ scope: "user" as const, userId: p.id })));
}

export async function notificationsOf(db: Db, userId: string, limit: number) {
  const [items, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        planId: notifications.planId,
        type: notifications.type,
        message: notifications.message,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
        // A member reads the plan on the organisation's side; anyone else was notified as its candidate.
        asMember: sql<boolean>`${memberships.id} is not null`,
      })
      .from(notifications)
      .leftJoin(plans, eq(plans.id, notifications.planId))
      .leftJoin(memberships, and(eq(memberships.orgId, plans.orgId), eq(memberships.userId, userId)))
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return {
    items: items.map(({ asMember, ...item }) => ({
      ...item,
      /** Where the notification leads: the plan on the reader's side, or nowhere. */
      path: item.planId ? planPathFor(asMember ? "organisation" : "candidate", item.planId) : null,
    })),
    unread: unread?.n ?? 0,
  };
}

/** Marks the user's own notifications read: the listed ones, or all of them. */
export async function markNotificationsRead(db: Db, userId: string, ids: string[] | "all") {
  if (ids !== "all" && !ids.length) return;
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === "all" ? undefined : inArray(notifications.id, ids),
      ),
    );
  // The reader's other tabs and devices update their unread count.
  await publishChange(db, { scope: "user", userId });
}
