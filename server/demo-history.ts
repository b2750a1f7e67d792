import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { nextSteps, planFeedback, plans, preparationSteps, type PlanOutcome } from "@/db/schema";
import { createUser } from "@/db/seed/factories";
import { samplePlanContent } from "@/db/seed/plans";
import { createPlan } from "./domain/plans";
import { PREPARATION_STEPS } from "./rules/preparation";
import { utcToZonedLocal } from "./rules/time-zones";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = "Europe/London";

interface PastPlan {
  candidate: string;
  roleTitle: string;
  daysAgo: number;
  outcome: PlanOutcome;
  /** Did the candidate finish all five preparation steps before the meeting? */
  prepared: boolean;
  /** Hours from the meeting's end until both sides had confirmed the next steps (null: never agreed). */
  agreedAfterHours: number | null;
  feedback?: { preparation: number; clarity: number; overall: number; comment: string; showName: boolean };
}

/**
 * Second interviews the demo organisation held over the last two months, closed,
 * so the insights page and the candidates' ratings have something to show.
 * Their candidates have no password: nobody signs in as them.
 */
const PAST_PLANS: PastPlan[] = [
  {
    candidate: "Ruth Adeyemi",
    roleTitle: "Senior Product Designer",
    daysAgo: 52,
    outcome: "offer",
    prepared: true,
    agreedAfterHours: 20,
    feedback: { preparation: 5, clarity: 5, overall: 5, comment: "I knew exactly who I was meeting and what they wanted to find out.", showName: true },
  },
  {
    candidate: "Leo Marchetti",
    roleTitle: "Engineering Manager",
    daysAgo: 41,
    outcome: "further_round",
    prepared: true,
    agreedAfterHours: 30,
    feedback: { preparation: 4, clarity: 4, overall: 4, comment: "Clear next steps; the agenda could have come a day earlier.", showName: false },
  },
  {
    candidate: "Hana Sato",
    roleTitle: "Lead Data Engineer",
    daysAgo: 33,
    outcome: "not_progressing",
    prepared: false,
    agreedAfterHours: 70,
    feedback: { preparation: 3, clarity: 4, overall: 3, comment: "", showName: false },
  },
  {
    candidate: "Omar Haddad",
    roleTitle: "Product Manager, Payments",
    daysAgo: 24,
    outcome: "offer",
    prepared: true,
    agreedAfterHours: 8,
    feedback: { preparation: 5, clarity: 4, overall: 5, comment: "Confirming the next steps together took the guesswork out of waiting.", showName: false },
  },
  { candidate: "Grace Whitfield", roleTitle: "Senior Product Designer", daysAgo: 15, outcome: "withdrawn", prepared: false, agreedAfterHours: null },
];

/** Priya's first-round-of-two at Fernway: closed, not rated yet, so her demo login shows the rating form. */
const PRIYA_PAST: Omit<PastPlan, "candidate"> = {
  roleTitle: "Data Platform Engineer",
  daysAgo: 9,
  outcome: "further_round",
  prepared: true,
  agreedAfterHours: 40,
};

/** The past candidates' addresses: demo-only, like the demo logins. */
export const DEMO_HISTORY_EMAILS = PAST_PLANS.map((past) => emailOf(past.candidate));

function emailOf(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@candidate.example`;
}

function wallClock(at: Date): string {
  return utcToZonedLocal(at, ZONE).slice(0, 16);
}

export async function seedDemoHistory(db: Db, input: { orgId: string; createdById: string; priya: { id: string; name: string; email: string } }) {
  const pastCandidates = await Promise.all(PAST_PLANS.map((past) => createUser(db, { name: past.candidate, email: emailOf(past.candidate) })));
  const history = [
    ...PAST_PLANS.map((past, i) => ({ past, candidate: pastCandidates[i]! })),
    { past: { ...PRIYA_PAST, candidate: input.priya.name }, candidate: input.priya },
  ];
  const now = Date.now();
  for (const { past, candidate } of history) {
    const email = candidate.email;
    const meetingDay = new Date(now - past.daysAgo * DAY);
    meetingDay.setUTCHours(10, 0, 0, 0);
    const { id } = await createPlan(db, {
      orgId: input.orgId,
      createdById: input.createdById,
      content: samplePlanContent({
        candidateEmail: email,
        candidateName: past.candidate,
        roleTitle: past.roleTitle,
        hiringCompany: candidate === input.priya ? "Fernway Logistics" : undefined,
        startsAtLocal: wallClock(meetingDay),
      }),
    });
    const [plan] = await db.select({ startsAt: plans.startsAt, endsAt: plans.endsAt }).from(plans).where(eq(plans.id, id));
    const endsAt = plan!.endsAt.getTime();
    const agreedAt = past.agreedAfterHours === null ? null : new Date(endsAt + past.agreedAfterHours * HOUR);
    const closedAt = new Date(Math.max(endsAt + 2 * HOUR, (agreedAt?.getTime() ?? endsAt) + HOUR));
    await db
      .update(plans)
      .set({
        stage: "closed",
        candidateUserId: candidate.id,
        outcome: past.outcome,
        stepsAgreedAt: agreedAt,
        closedAt,
        closingMessage: "Thank you for your time with us.",
        updatedAt: closedAt,
      })
      .where(eq(plans.id, id));
    // Preparation finished the day before the meeting, or only the first two steps of it.
    const steps = past.prepared ? PREPARATION_STEPS : PREPARATION_STEPS.slice(0, 2);
    await db
      .insert(preparationSteps)
      .values(steps.map(({ step }) => ({ planId: id, step, completedAt: new Date(plan!.startsAt.getTime() - DAY + step * HOUR) })));
    if (agreedAt)
      await db.insert(nextSteps).values({
        planId: id,
        description: past.outcome === "offer" ? "Send the written offer" : "Share the decision and feedback",
        owner: "recruiter",
        status: "done",
        proposedBySide: "organisation",
        proposedById: input.createdById,
        organisationConfirmedAt: new Date(endsAt + HOUR),
        candidateConfirmedAt: agreedAt,
        agreedOnceAt: agreedAt,
        createdAt: new Date(endsAt + HOUR),
        updatedAt: agreedAt,
        closedAt,
      });
    if (past.feedback)
      await db.insert(planFeedback).values({
        planId: id,
        orgId: input.orgId,
        candidateUserId: candidate.id,
        preparationRating: past.feedback.preparation,
        clarityRating: past.feedback.clarity,
        overallRating: past.feedback.overall,
        comment: past.feedback.comment,
        showName: past.feedback.showName,
        createdAt: new Date(closedAt.getTime() + DAY),
      });
  }
}
