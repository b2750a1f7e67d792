import type { Db } from "@/db/client";
import { plans } from "@/db/schema";

type PlanRow = typeof plans.$inferInsert;

/**
 * Plans written straight to the table, 500 to a statement: thousands through plan.create would take minutes, and
 * the dashboard's list reads only these columns. Three meetings share each hour from `firstStart` on, so paging
 * meets ties in starts_at (broken by id). `shape` sets what varies with the plan's number.
 */
export async function insertPlans(
  db: Db,
  orgId: string,
  count: number,
  firstStart: Date,
  shape: (n: number) => Partial<PlanRow> = () => ({}),
): Promise<void> {
  for (let batch = 0; batch < count; batch += 500)
    await db.insert(plans).values(
      Array.from({ length: Math.min(500, count - batch) }, (_, i) => {
        const n = batch + i;
        const startsAt = new Date(firstStart.getTime() + Math.floor(n / 3) * 3_600_000);
        return {
          orgId,
          stage: "draft" as const,
          roleTitle: "Backend Engineer",
          hiringCompany: "Initech",
          candidateName: `Candidate ${n}`,
          candidateEmail: `candidate${n}@example.com`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          timeZone: "Europe/London",
          durationMinutes: 60,
          format: "video" as const,
          ...shape(n),
        };
      }),
    );
}
