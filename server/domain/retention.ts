import { and, eq, inArray, isNotNull, isNull, lte, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, plans, users } from "@/db/schema";
import { retentionNoticeEmail } from "@/server/email/retention-templates";
import { enqueueEmail } from "@/server/email/outbox";
import { env } from "@/server/env";
import { absoluteUrl } from "@/server/rules/plan-urls";
import { anonymisationDueAt, RETENTION_NOTICE_DAYS } from "@/server/rules/retention";
import { anonymisePlans } from "./anonymise";
import { notFound } from "./errors";

/** Plans anonymised, or noticed, per run: a backlog of 100,000 is many short transactions, never one long one. */
export const RETENTION_BATCH = 500;

export const ORGANISATION_SETTINGS_PATH = "/settings/organisation";

export async function retentionSetting(db: Db, orgId: string) {
  const [org] = await db.select({ retentionMonths: organisations.retentionMonths }).from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw notFound("Organisation");
  return org;
}

/**
 * A new period applies at the sweep's next run to every closed plan: a
 * shorter one may make plans due at once. A notice already sent stays sent;
 * a longer period re-arms it, so the admins hear again before the new date.
 */
export async function updateRetentionSetting(db: Db, orgId: string, retentionMonths: number) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ months: organisations.retentionMonths }).from(organisations).where(eq(organisations.id, orgId)).for("update");
    if (!before) throw notFound("Organisation");
    await tx.update(organisations).set({ retentionMonths }).where(eq(organisations.id, orgId));
    if (retentionMonths > before.months)
      await tx
        .update(plans)
        .set({ retentionNoticeAt: null })
        .where(and(eq(plans.orgId, orgId), isNotNull(plans.retentionNoticeAt), isNull(plans.anonymisedAt)));
    return { retentionMonths };
  });
}

/** When a closed plan is due, on UTC's calendar (the same as server/rules/retention.ts anonymisationDueAt). */
const dueAtSql = sql<Date>`((${plans.closedAt} at time zone 'UTC') + make_interval(months => ${organisations.retentionMonths})) at time zone 'UTC'`;
const noticeWindow = sql`make_interval(days => ${RETENTION_NOTICE_DAYS})`;

/**
 * One run of the retention sweep, in the caller's transaction: anonymises
 * up to `batch` closed plans past their organisation's period, then tells
 * each organisation's admins, once per plan (retention_notice_at), how many
 * plans reach it within RETENTION_NOTICE_DAYS and on which days. Rows
 * another run holds are skipped (SKIP LOCKED), so concurrent runs share the
 * work instead of repeating it. `more`: a batch was full, run again.
 */
export async function sweepRetention(tx: Db, now: Date, batch = RETENTION_BATCH) {
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const due = await tx
    .select({ id: plans.id })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(and(isNotNull(plans.closedAt), isNull(plans.anonymisedAt), lte(dueAtSql, nowSql)))
    .orderBy(plans.closedAt)
    .limit(batch)
    .for("update", { of: plans, skipLocked: true });
  const anonymised = await anonymisePlans(tx, due.map((p) => p.id), "retention", now);

  const upcoming = await tx
    .select({ id: plans.id, orgId: plans.orgId, closedAt: plans.closedAt, months: organisations.retentionMonths })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(
      and(
        isNotNull(plans.closedAt),
        isNull(plans.anonymisedAt),
        isNull(plans.retentionNoticeAt),
        gt(dueAtSql, nowSql),
        lte(dueAtSql, sql`${nowSql} + ${noticeWindow}`),
      ),
    )
    .orderBy(plans.closedAt)
    .limit(batch)
    .for("update", { of: plans, skipLocked: true });
  if (upcoming.length) {
    await tx.update(plans).set({ retentionNoticeAt: now }).where(inArray(plans.id, upcoming.map((p) => p.id)));
    await noticeAdmins(tx, upcoming.map((p) => ({ orgId: p.orgId, dueAt: anonymisationDueAt(p.closedAt!, p.months) })));
  }
  return { anonymised: anonymised.length, noticed: upcoming.length, more: due.length === batch || upcoming.length === batch };
}

/** One email per admin of each organisation: how many of its plans are due on which day (UTC), and where to change the period. */
async function noticeAdmins(tx: Db, duePlans: { orgId: string; dueAt: Date }[]) {
  const orgIds = [...new Set(duePlans.map((p) => p.orgId))];
  const admins = await tx
    .select({ orgId: organisations.id, orgName: organisations.name, months: organisations.retentionMonths, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.orgId, orgIds), eq(memberships.role, "admin")));
  for (const orgId of orgIds) {
    const perDay = new Map<string, number>();
    for (const p of duePlans.filter((d) => d.orgId === orgId)) {
      const day = p.dueAt.toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const days = [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day: new Date(`${day}T00:00:00Z`), plans: count }));
    for (const admin of admins.filter((a) => a.orgId === orgId))
      await enqueueEmail(
        tx,
        admin.email,
        retentionNoticeEmail({
          recipientName: admin.name,
          orgName: admin.orgName,
          months: admin.months,
          days,
          settingsUrl: absoluteUrl(env().APP_URL, ORGANISATION_SETTINGS_PATH),
        }),
      );
  }
}
