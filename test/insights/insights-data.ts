import type { Db } from "@/db/client";
import { goals, planFeedback, planInterviewers, plans, preparationSteps, type User } from "@/db/schema";

type PlanRow = typeof plans.$inferInsert;
const HOUR = 3_600_000;

/** A plan written straight to the table, its meeting an hour long from `startsAt`: the insights read only these columns. */
export async function insertPlan(db: Db, orgId: string, startsAt: string, fields: Partial<PlanRow> = {}) {
  const start = new Date(startsAt);
  const [row] = await db
    .insert(plans)
    .values({
      orgId,
      stage: "preparing",
      roleTitle: "Data Engineer",
      hiringCompany: "Initech",
      candidateName: "Some Candidate",
      candidateEmail: "someone@example.com",
      startsAt: start,
      endsAt: new Date(start.getTime() + HOUR),
      timeZone: "Europe/London",
      durationMinutes: 60,
      format: "video",
      ...fields,
    })
    .returning({ id: plans.id, endsAt: plans.endsAt, startsAt: plans.startsAt });
  return row!;
}

/** `hours` after the meeting of a plan starting at `startsAt` ended. */
export const hoursAfterEnd = (startsAt: string, hours: number) => new Date(new Date(startsAt).getTime() + HOUR + hours * HOUR);
export const hoursBefore = (instant: Date, hours: number) => new Date(instant.getTime() - hours * HOUR);

/** All five preparation steps, each done at `at` (one at `lastAt` when given). */
export async function prepare(db: Db, planId: string, at: Date, lastAt = at) {
  await db.insert(preparationSteps).values([1, 2, 3, 4].map((step) => ({ planId, step, completedAt: at })).concat({ planId, step: 5, completedAt: lastAt }));
}

/** An interviewer of the plan, joined when `user` is given, who wrote a goal at `goalAt` when given. */
export async function addInterviewer(db: Db, planId: string, position: number, user: User | null, goalAt?: Date) {
  const [interviewer] = await db
    .insert(planInterviewers)
    .values({ planId, position, name: `Interviewer ${position}`, userId: user?.id ?? null, email: user?.email ?? null })
    .returning({ id: planInterviewers.id });
  if (goalAt)
    await db.insert(goals).values({
      planId,
      side: "organisation",
      kind: "team_goal",
      text: "How they debug",
      position,
      interviewerId: interviewer!.id,
      createdAt: goalAt,
      updatedAt: goalAt,
    });
}

export async function rate(
  db: Db,
  plan: { planId: string; orgId: string },
  r: { preparation: number; clarity: number; overall: number; comment?: string; showName?: boolean; at: string },
) {
  await db.insert(planFeedback).values({
    planId: plan.planId,
    orgId: plan.orgId,
    preparationRating: r.preparation,
    clarityRating: r.clarity,
    overallRating: r.overall,
    comment: r.comment ?? "",
    showName: r.showName ?? false,
    createdAt: new Date(r.at),
  });
}
