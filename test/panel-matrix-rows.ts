import type { ActorName, Actors } from "./actors";
import type { Db } from "@/db/client";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";
import { attachInterviewer, createDebriefPlan, createDraftPlan, createJoinedPlan } from "./plan-fixtures";
import { interviewerInvitationToken } from "./team/fixtures";
import type { Outcome } from "./trpc-errors";

type Fixture = Actors & { db: Db; actor: ActorName };
type PanelPath = Extract<ProcedurePath, `interviewerJoin.${string}` | `team.${string}`>;

const expect = (o: Record<ActorName, Outcome>) => o;

/** A link token is the credential: anyone holding it may use it. */
const anyone = expect({
  signedOut: "ok",
  candidate: "ok",
  recruiter: "ok",
  admin: "ok",
  otherOrgRecruiter: "ok",
  removedMember: "ok",
  interviewer: "ok",
});

/** The interviewer's own reads: a member or the candidate of the plan is told it does not exist, as anyone else is. */
const interviewerOnly = expect({
  signedOut: "UNAUTHORIZED",
  candidate: "NOT_FOUND",
  recruiter: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "NOT_FOUND",
  interviewer: "ok",
});

/** An interviewer's right (planMemberProcedureFor("debrief.note")): the plan's other readers are refused, saying who may. */
const interviewerRight = expect({
  signedOut: "UNAUTHORIZED",
  candidate: "FORBIDDEN",
  recruiter: "FORBIDDEN",
  admin: "FORBIDDEN",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "NOT_FOUND",
  interviewer: "ok",
});

async function invitationToken(f: Fixture) {
  const { planId } = await createDraftPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id });
  return (await interviewerInvitationToken(f.db, { planId, invitedById: f.adminUser.id })).token;
}

const byAdmin = (f: Fixture) => ({ orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });

/** A plan the candidate joined, with the interviewer actor attached as its first interviewer; held when `held`. */
async function teamPlan(f: Fixture, held: boolean) {
  const { planId } = await (held ? createDebriefPlan : createJoinedPlan)(f.db, byAdmin(f));
  await attachInterviewer(f.db, planId, f.interviewerUser);
  return planId;
}

/** Joining as an interviewer, and an interviewer's own view of a plan (server/api/routers/interviewer-join.ts, team.ts). */
export const panelRows: { [P in PanelPath]: Row<InputOf<P>> } = {
  "interviewerJoin.describe": { input: async (f) => ({ token: await invitationToken(f) }), expect: anyone },
  "interviewerJoin.accept": { input: async (f) => ({ token: await invitationToken(f) }), expect: anyone },
  "interviewerJoin.requestNewLink": { input: async (f) => ({ token: await invitationToken(f) }), expect: anyone },

  "team.list": { input: () => undefined, expect: { ...anyone, signedOut: "UNAUTHORIZED" } },
  "team.get": { input: async (f) => ({ planId: await teamPlan(f, false) }), expect: interviewerOnly },
  "team.page": { input: async (f) => ({ planId: await teamPlan(f, false) }), expect: interviewerOnly },
  "team.saveDebrief": {
    input: async (f) => ({ planId: await teamPlan(f, true), note: "Strong on research.", expectedVersion: 1 }),
    expect: interviewerRight,
  },
};
