import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstInterviewItems, goals, nextSteps, planInterviewers } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { buildActors, type Actors } from "../actors";
import { inviteWithToken } from "../fixtures";
import { attachInterviewer, createDebriefPlan, createDraftPlan, createJoinedPlan, shareAndGetToken } from "../plan-fixtures";

/**
 * Everything a generated input may point at: real rows of the actors'
 * organisation (so that some calls get past authorization and validation
 * and reach the domain code), next to ids that exist nowhere.
 */
/** A row and the plan it belongs to: inputs name both. */
export interface OnPlan {
  planId: string;
  id: string;
}

export interface FuzzWorld extends Actors {
  db: Db;
  plans: { preparing: string; debrief: string; draft: string; otherOrg: string };
  planIds: string[];
  /** What the draft plan was created with, as the edit form would send it back. */
  draftContent: Awaited<ReturnType<typeof createDraftPlan>>["content"];
  goals: OnPlan[];
  items: OnPlan[];
  interviewers: OnPlan[];
  steps: OnPlan[];
  membershipIds: string[];
  invitationIds: string[];
  /** Valid link tokens: an organisation invitation and a candidate's join link. */
  tokens: string[];
}

export async function buildWorld(db: Db): Promise<FuzzWorld> {
  const actors = await buildActors(db);
  const { org, otherOrg, adminUser } = actors;
  const candidate = actors.actors.candidate.user!;
  const otherAdmin = actors.actors.otherOrgRecruiter.user!;
  const byAdmin = { orgId: org.id, createdById: adminUser.id };

  const preparing = (await createJoinedPlan(db, { ...byAdmin, candidate })).planId;
  const debrief = (await createDebriefPlan(db, { ...byAdmin, candidate })).planId;
  const { planId: draft, content: draftContent } = await createDraftPlan(db, byAdmin);
  const otherOrgPlan = (await createDraftPlan(db, { orgId: otherOrg.id, createdById: otherAdmin.id })).planId;
  // The interviewer actor speaks for the first interviewer of each of the organisation's plans.
  for (const planId of [preparing, debrief, draft]) await attachInterviewer(db, planId, actors.interviewerUser);

  const goalRows = [preparing, debrief].flatMap((planId) => [
    { planId, side: "candidate" as const, kind: "establish" as const, text: "Understand the team", position: 1 },
    { planId, side: "organisation" as const, kind: "team_goal" as const, text: "Check references", position: 1 },
  ]);
  const goalIds = await db.insert(goals).values(goalRows).returning({ planId: goals.planId, id: goals.id });
  const stepIds = await db
      .insert(nextSteps)
      .values([
        { planId: debrief, description: "Reference check", owner: "recruiter", proposedBySide: "organisation", organisationConfirmedAt: new Date() },
        { planId: debrief, description: "Send portfolio", owner: "candidate", dueOn: "2031-03-14", proposedBySide: "candidate", candidateConfirmedAt: new Date(), organisationConfirmedAt: new Date() },
      ])
      .returning({ planId: nextSteps.planId, id: nextSteps.id });
  const itemIds = await db
    .select({ planId: firstInterviewItems.planId, id: firstInterviewItems.id })
    .from(firstInterviewItems)
    .where(inArray(firstInterviewItems.planId, [preparing, debrief]))
    .orderBy(asc(firstInterviewItems.position));
  const interviewerIds = await db
    .select({ planId: planInterviewers.planId, id: planInterviewers.id })
    .from(planInterviewers)
    .where(inArray(planInterviewers.planId, [preparing, debrief]));

  const { invitation, token: orgToken } = await inviteWithToken(db, { orgId: org.id, inviterId: adminUser.id });
  const joinEmail = uniqueEmail("candidate");
  const shared = await createDraftPlan(db, { ...byAdmin, candidateEmail: joinEmail });
  const joinToken = await shareAndGetToken(db, { orgId: org.id, planId: shared.planId, invitedById: adminUser.id, email: joinEmail });

  return {
    ...actors,
    db,
    plans: { preparing, debrief, draft, otherOrg: otherOrgPlan },
    planIds: [preparing, debrief, draft, otherOrgPlan],
    draftContent,
    goals: goalIds,
    items: itemIds,
    interviewers: interviewerIds,
    steps: stepIds,
    membershipIds: [actors.recruiterMembership.id],
    invitationIds: [invitation.id],
    tokens: [orgToken, joinToken],
  };
}
