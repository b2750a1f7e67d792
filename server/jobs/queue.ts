import { and, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs } from "@/db/schema";

/**
 * Durable jobs in the database, so reminders survive restarts and run once
 * across any number of app instances: scheduling is idempotent by dedupe
 * key, and workers claim due rows with FOR UPDATE SKIP LOCKED.
 */
export async function scheduleJob(
  tx: Db,
  job: { kind: string; dedupeKey: string; runAt: Date; payload: Record<string, string> },
): Promise<void> {
  // A job skipped earlier (the meeting moved away) comes back when its state comes back (moved back again).
  await tx
    .insert(jobs)
    .values(job)
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: { status: "pending", runAt: job.runAt, attempts: 0, lockedUntil: null },
      setWhere: eq(jobs.status, "skipped"),
    });
}

export type JobOutcome = "done" | "skipped";
export type JobHandler = (db: Db, payload: Record<string, string>, now: Date) => Promise<JobOutcome>;

export async function runDueJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  options: { now?: Date; batchSize?: number; lockSeconds?: number } = {},
) {
  const now = options.now ?? new Date();
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, "pending"), lte(jobs.runAt, now)),
        and(eq(jobs.status, "running"), lte(jobs.lockedUntil, now)),
      ),
    )
    .orderBy(jobs.runAt)
    .limit(options.batchSize ?? 20)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(jobs)
    .set({
      status: "running",
      attempts: sql`${jobs.attempts} + 1`,
      lockedUntil: sql`${now.toISOString()}::timestamptz + make_interval(secs => ${options.lockSeconds ?? 120})`,
    })
    .where(inArray(jobs.id, due))
    .returning();
  const counts = { done: 0, skipped: 0, failed: 0 };
  for (const job of claimed) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      // The handler and the completion commit together: a crash in between re-runs the whole job, never half of it.
      const outcome = await db.transaction(async (tx) => {
        const result = await handler(tx, job.payload, now);
        await tx.update(jobs).set({ status: result, lockedUntil: null }).where(eq(jobs.id, job.id));
        return result;
      });
      counts[outcome]++;
    } catch (error) {
      const giveUp = job.attempts >= 5;
      await db
        .update(jobs)
        .set({
          status: giveUp ? "failed" : "pending",
          lockedUntil: null,
          runAt: new Date(now.getTime() + 60_000 * 2 ** job.attempts),
          lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
        })
        .where(eq(jobs.id, job.id));
      counts.failed++;
    }
  }
  return counts;
}
