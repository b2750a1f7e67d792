import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, planInterviewers, planInvitations, plans, type PlanStage } from "@/db/schema";
import { samplePlanContent } from "@/db/seed/plans";
import { generateLinkToken } from "./auth/tokens";
import { createPlan } from "./domain/plans";
import { utcToZonedLocal } from "./rules/time-zones";

const DAY = 86_400_000;
const ZONE = "Europe/London";

/** A wall-clock time `days` from now at `hour`, so the demo always looks current. */
function inDays(days: number, hour: number): string {
  return `${utcToZonedLocal(new Date(Date.now() + days * DAY), ZONE).slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

interface DemoPlan {
  stage: PlanStage;
  candidate: { name: string; email: string; userId?: string };
  content: Parameters<typeof samplePlanContent>[0];
}

/** Plans in every stage a recruiter meets in a normal week, for the demo organisation. */
export async function seedDemoPlans(
  db: Db,
  input: { orgId: string; createdById: string; candidates: Record<"jordan" | "priya", string>; interviewer: string },
) {
  const demo: DemoPlan[] = [
    {
      stage: "preparing",
      candidate: { name: "Jordan Blake", email: "jordan@candidate.example", userId: input.candidates.jordan },
      content: { candidateEmail: "jordan@candidate.example", startsAtLocal: inDays(6, 10) },
    },
    {
      stage: "preparing",
      candidate: { name: "Priya Shah", email: "priya@candidate.example", userId: input.candidates.priya },
      content: {
        candidateEmail: "priya@candidate.example",
        candidateName: "Priya Shah",
        roleTitle: "Lead Data Engineer",
        hiringCompany: "Fernway Logistics",
        format: "on_site",
        startsAtLocal: inDays(9, 14),
      },
    },
    {
      stage: "shared",
      candidate: { name: "Chris Doyle", email: "chris.doyle@candidate.example" },
      content: {
        candidateEmail: "chris.doyle@candidate.example",
        candidateName: "Chris Doyle",
        roleTitle: "Senior Product Designer",
        hiringCompany: "Lumen Health",
        startsAtLocal: inDays(7, 15),
      },
    },
    {
      stage: "draft",
      candidate: { name: "Alex Rivera", email: "alex.rivera@candidate.example" },
      content: {
        candidateEmail: "alex.rivera@candidate.example",
        candidateName: "Alex Rivera",
        roleTitle: "Engineering Manager",
        hiringCompany: "Orbit Payments",
        startsAtLocal: inDays(14, 11),
      },
    },
    {
      stage: "preparing",
      candidate: { name: "Sam Patel", email: "sam.patel@candidate.example" },
      content: {
        candidateEmail: "sam.patel@candidate.example",
        candidateName: "Sam Patel",
        roleTitle: "Product Manager, Payments",
        hiringCompany: "Orbit Payments",
        startsAtLocal: inDays(-2, 15),
      },
    },
  ];
  for (const plan of demo) {
    const { id } = await createPlan(db, {
      orgId: input.orgId,
      createdById: input.createdById,
      content: samplePlanContent(plan.content),
    });
    await db
      .update(plans)
      .set({ stage: plan.stage, candidateUserId: plan.stage === "preparing" ? (plan.candidate.userId ?? null) : null })
      .where(eq(plans.id, id));
    if (plan.stage === "shared")
      // A pending invitation, as after "Share with candidate"; its link was never emailed, so nobody can use it.
      await db.insert(planInvitations).values({
        planId: id,
        email: plan.candidate.email,
        tokenHash: generateLinkToken().tokenHash,
        invitedById: input.createdById,
        expiresAt: new Date(Date.now() + 7 * DAY),
      });
    if (plan.stage !== "draft")
      await db.insert(goals).values([
        { planId: id, side: "organisation", kind: "team_goal", text: "See how the candidate structures an ambiguous problem", priority: "must", position: 1 },
        { planId: id, side: "organisation", kind: "challenge", text: "Depth of stakeholder management in regulated settings", priority: "should", position: 2 },
      ]);
    if (plan.candidate.userId === input.candidates.jordan) await seedDemoInterviewer(db, id, input.interviewer);
  }
}

/** Maya Chen, the first interviewer of Jordan's plan, has joined it and written a goal of her own. */
async function seedDemoInterviewer(db: Db, planId: string, userId: string) {
  const [maya] = await db
    .update(planInterviewers)
    .set({ email: "maya@lumen.example", userId })
    .where(and(eq(planInterviewers.planId, planId), eq(planInterviewers.name, "Maya Chen")))
    .returning({ id: planInterviewers.id });
  await db.insert(goals).values({
    planId,
    side: "organisation",
    kind: "team_goal",
    text: "Hear how you run research with clinicians and turn it into decisions",
    priority: "must",
    position: 3,
    interviewerId: maya!.id,
    lastEditedById: userId,
  });
}
