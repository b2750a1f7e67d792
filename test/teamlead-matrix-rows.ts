import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planInterviewers } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { sendInterviewerInvitation } from "@/server/domain/interviewer-invitations";
import type { ActorName, Actors } from "./actors";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";
import { attachInterviewer, createJoinedPlan } from "./plan-fixtures";

type Fixture = Actors & { db: Db; actor: ActorName };
type TeamleadPath = Extract<ProcedurePath, `interviewerInvitation.${string}` | `interviewers.${string}`>;

/**
 * A plan of the organisation the candidate actor has joined, with the
 * interviewer actor as its first interviewer; the second interviewer (not
 * joined) is the one the recruiter's commands act on, invited when `invited`.
 */
async function teamPlan(f: Fixture, invited: boolean) {
  const { planId } = await createJoinedPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });
  await attachInterviewer(f.db, planId, f.interviewerUser);
  const [, second] = await f.db
    .select({ id: planInterviewers.id })
    .from(planInterviewers)
    .where(eq(planInterviewers.planId, planId))
    .orderBy(asc(planInterviewers.position));
  const interviewerId = second!.id;
  if (invited)
    await sendInterviewerInvitation(f.db, { orgId: f.org.id, planId, interviewerId, email: uniqueEmail("invited"), invitedById: f.adminUser.id });
  return { planId, interviewerId };
}

/** Recruiters with plans.edit of the plan's organisation only; the plan's interviewer and candidate are no members. */
const editorsOnly = {
  signedOut: "UNAUTHORIZED",
  candidate: "FORBIDDEN",
  recruiter: "ok",
  admin: "ok",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "FORBIDDEN",
  interviewer: "FORBIDDEN",
} as const;

/** The recruiter's side of the interviewing team (server/api/routers/interviewer-invitation.ts, interviewers.ts). */
export const teamleadRows: { [P in TeamleadPath]: Row<InputOf<P>> } = {
  "interviewerInvitation.send": {
    input: async (f) => ({ ...(await teamPlan(f, false)), email: uniqueEmail("interviewer") }),
    expect: editorsOnly,
  },
  "interviewerInvitation.revoke": {
    input: (f) => teamPlan(f, true),
    expect: editorsOnly,
  },
  "interviewers.remind": {
    input: (f) => teamPlan(f, true),
    expect: editorsOnly,
  },
  "interviewers.shareInternalNote": {
    input: async (f) => ({ planId: (await teamPlan(f, false)).planId, allowed: true }),
    expect: editorsOnly,
  },
};
