import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db, type DbHandle } from "@/db/client";
import { runDueJobs } from "@/server/jobs/queue";
import { reminderHandlers } from "@/server/jobs/reminders";
import { utcToZonedLocal } from "@/server/rules/time-zones";
import { testDbHandle } from "../db";
import { emailsTo } from "../emails";
import { jobsAbout } from "../next-steps/fixtures";
import { joinedPlan, newOrg, planInput } from "../plan-api";

/**
 * Two app instances share one database and nothing else: each has its own
 * pool and its own job worker. On PostgreSQL this test gives each "instance"
 * a pool of its own on the same database; PGlite belongs to one process, so
 * there the two workers share its one connection (and still race each other).
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

let second: DbHandle | undefined;
afterAll(async () => {
  await second?.close();
});

async function twoInstances(): Promise<[Db, Db]> {
  const first = await testDbHandle();
  if (first.driver !== "postgres" || !first.url) return [first.db, first.db];
  second ??= await createDb({ databaseUrl: first.url, poolSize: 4 });
  return [first.db, second.db];
}

describe("job workers of two instances", () => {
  it("send a reminder that falls due once exactly once, whichever claims it", async () => {
    const [a, b] = await twoInstances();
    const { admin } = await newOrg(a);
    const plans = await Promise.all(
      Array.from({ length: 4 }, () => {
        const startsAt = new Date(Date.now() + 3 * DAY + Math.floor(Math.random() * 600) * MINUTE);
        return joinedPlan(a, admin, planInput({ startsAtLocal: utcToZonedLocal(startsAt, "Europe/London"), timeZone: "Europe/London" }));
      }),
    );
    const jobs = (await Promise.all(plans.map((p) => jobsAbout(a, "meeting_reminder", p.planId)))).map((rows) => rows[0]!);
    const now = new Date(Math.max(...jobs.map((j) => j.runAt.getTime())) + MINUTE);
    const worker = (db: Db) => runDueJobs(db, reminderHandlers, { now, batchSize: 1 });
    // Each worker takes one job per run, as a busy instance would: both keep claiming until these plans' jobs are
    // done. Other tests' jobs share the database and fall due earlier, so the workers may take those first.
    const ours = async () => (await Promise.all(plans.map((p) => jobsAbout(a, "meeting_reminder", p.planId)))).flat();
    for (let round = 0; round < 500 && (await ours()).some((j) => j.status !== "done"); round++)
      await Promise.all([worker(a), worker(b), worker(a), worker(b)]);

    for (const { planId, input } of plans) {
      expect(await emailsTo(a, input.meeting.candidateEmail, "meeting_reminder")).toHaveLength(1);
      expect(await jobsAbout(b, "meeting_reminder", planId)).toMatchObject([{ status: "done", attempts: 1 }]);
    }
  });
});
