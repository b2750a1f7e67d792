import type { Db } from "@/db/client";
import type { ActorName, Actors } from "./actors";
import { createClosedPlan } from "./feedback-fixtures";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";
import { attachInterviewer } from "./plan-fixtures";

type Fixture = Actors & { db: Db; actor: ActorName };
type InsightsPath = Extract<ProcedurePath, `feedback.${string}` | `insights.${string}`>;

/** A closed plan of the organisation whose candidate is the candidate actor, with the interviewer actor on its panel. */
async function closedPlan(f: Fixture) {
  const { planId } = await createClosedPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });
  await attachInterviewer(f.db, planId, f.interviewerUser);
  return planId;
}

/** The plan's candidate only: to everyone else, members and the plan's interviewer included, a plan's feedback does not exist. */
const candidateOnly = {
  signedOut: "UNAUTHORIZED",
  candidate: "ok",
  recruiter: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "NOT_FOUND",
  interviewer: "NOT_FOUND",
} as const;

/** The candidate's feedback (server/api/routers/feedback.ts) and the organisation's insights (insights.ts). */
export const insightsRows: { [P in InsightsPath]: Row<InputOf<P>> } = {
  "feedback.mine": {
    input: async (f) => ({ planId: await closedPlan(f) }),
    expect: candidateOnly,
  },
  "feedback.submit": {
    input: async (f) => ({ planId: await closedPlan(f), preparation: 4, clarity: 3, overall: 5, comment: "", showName: false }),
    expect: candidateOnly,
  },
  // Members with insights.view read their own organisation's: another organisation's admin reads theirs.
  "insights.get": {
    input: () => ({ from: "2026-01-01", to: "2026-12-31" }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "ok",
      removedMember: "FORBIDDEN",
      interviewer: "FORBIDDEN",
    },
  },
};
