import { and, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs } from "@/db/schema";
import { sweepRetention } from "@/server/domain/retention";
import { scheduleJob, type JobHandler } from "./queue";

const HOUR = 3_600_000;

/** Runs once per hour-long window; the dedupe key names the window, so every instance schedules the same job. */
export const RETENTION_INTERVAL_MS = HOUR;
const FINISHED_SWEEP_RETENTION_MS = 7 * 24 * HOUR;
const KIND = "retention_sweep";

export async function scheduleRetentionSweep(db: Db, now = new Date()): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / RETENTION_INTERVAL_MS) * RETENTION_INTERVAL_MS);
  await scheduleJob(db, { kind: KIND, dedupeKey: `${KIND}:${windowStart.toISOString()}`, runAt: windowStart, payload: {} });
}

/**
 * One batch, then the next window's run; a full batch also schedules a run
 * straight away (its key names this run's time), so a backlog drains in
 * short transactions rather than one per hour.
 */
const sweep: JobHandler = async (db, _payload, now) => {
  const { more } = await sweepRetention(db, now);
  if (more) await scheduleJob(db, { kind: KIND, dedupeKey: `${KIND}:more:${now.toISOString()}`, runAt: now, payload: {} });
  await scheduleRetentionSweep(db, new Date(now.getTime() + RETENTION_INTERVAL_MS));
  await db
    .delete(jobs)
    .where(and(eq(jobs.kind, KIND), inArray(jobs.status, ["done", "failed"]), lt(jobs.runAt, new Date(now.getTime() - FINISHED_SWEEP_RETENTION_MS))));
  return "done";
};

export const retentionHandlers = { [KIND]: sweep };
