import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstInterviewItems, goals, nextSteps, type PlanSide, type StepOwner } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { samplePlanContent } from "@/db/seed/plans";
import type { ActorName, Actors } from "./actors";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";
import {
  attachInterviewer,
  createDebriefPlan,
  createDraftPlan,
  createJoinedPlan,
  holdMeeting,
  shareAndGetToken,
} from "./plan-fixtures";
import type { Outcome } from "./trpc-errors";

type Fixture = Actors & { db: Db; actor: ActorName };
type PlanPath = Extract<
  ProcedurePath,
  `${"plan" | "join" | "interview" | "goal" | "preparation" | "consistency" | "debrief" | "nextStep" | "timeline" | "live"}.${string}`
>;

const expect = (o: Record<ActorName, Outcome>) => o;

/** Recruiter procedures on one of the organisation's plans: an interviewer of the plan is no member. */
const recruiterOnPlan = expect({
  signedOut: "UNAUTHORIZED",
  candidate: "FORBIDDEN",
  recruiter: "ok",
  admin: "ok",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "FORBIDDEN",
  interviewer: "FORBIDDEN",
});
/** Recruiter procedures that act on the caller's own organisation. */
const recruiterOnOwnOrg = { ...recruiterOnPlan, otherOrgRecruiter: "ok" as const };
/** Either side of the plan, the plan's interviewer included. */
const eitherSide = expect({
  signedOut: "UNAUTHORIZED",
  candidate: "ok",
  recruiter: "ok",
  admin: "ok",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "NOT_FOUND",
  interviewer: "ok",
});
/** Either side's recruiter or candidate: the plan's interviewer reads but may not (server/rules/plan-roles.ts). */
const eitherPartyNotInterviewer = { ...eitherSide, interviewer: "FORBIDDEN" as const };
/** The plan's candidate only: to everyone else it does not exist. */
const candidateOnly = expect({
  signedOut: "UNAUTHORIZED",
  candidate: "ok",
  recruiter: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgRecruiter: "NOT_FOUND",
  removedMember: "NOT_FOUND",
  interviewer: "NOT_FOUND",
});
const anyone = expect({
  signedOut: "ok",
  candidate: "ok",
  recruiter: "ok",
  admin: "ok",
  otherOrgRecruiter: "ok",
  removedMember: "ok",
  interviewer: "ok",
});

/** Every plan of these rows has the interviewer actor as its first interviewer. */
async function withInterviewer(f: Fixture, planId: string) {
  await attachInterviewer(f.db, planId, f.interviewerUser);
  return planId;
}

/** A plan of the organisation that the candidate actor has joined. */
async function joinedPlan(f: Fixture) {
  const { planId } = await createJoinedPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });
  return withInterviewer(f, planId);
}

async function debriefPlan(f: Fixture) {
  const { planId } = await createDebriefPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });
  return withInterviewer(f, planId);
}

/** A step on a fresh debrief plan; `agreed` gives it both confirmations, as if both sides had confirmed. */
async function stepFor(
  f: Fixture,
  fields: { owner?: StepOwner; agreed?: boolean; dueOn?: string | null; dropRequestedBySide?: PlanSide } = {},
) {
  const planId = await debriefPlan(f);
  const [step] = await f.db
    .insert(nextSteps)
    .values({
      planId,
      description: "Reference check",
      owner: fields.owner ?? "recruiter",
      dueOn: fields.dueOn ?? null,
      proposedBySide: "organisation",
      organisationConfirmedAt: new Date(),
      candidateConfirmedAt: fields.agreed ? new Date() : null,
      agreedOnceAt: fields.agreed ? new Date() : null,
      dropRequestedBySide: fields.dropRequestedBySide ?? null,
    })
    .returning();
  return { planId, step: step! };
}

async function draftPlan(f: Fixture, candidateEmail?: string) {
  return withInterviewer(f, (await createDraftPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidateEmail })).planId);
}

async function invitationToken(f: Fixture) {
  const email = uniqueEmail("candidate");
  const planId = await draftPlan(f, email);
  return shareAndGetToken(f.db, { orgId: f.org.id, planId, invitedById: f.adminUser.id, email });
}

function sideOf(actor: ActorName): PlanSide {
  return actor === "candidate" ? "candidate" : "organisation";
}

/**
 * A goal on a fresh plan, owned by the side the actor would be on. The
 * interviewer actor's goal is one they wrote (goals.interviewerId), so the
 * goal rows check them on a goal of their own; on another's they get
 * NOT_FOUND (test/flags-match-procedures.test.ts).
 */
async function goalFor(f: Fixture, side: PlanSide = sideOf(f.actor)) {
  const { planId } = await createJoinedPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });
  const interviewerId = await attachInterviewer(f.db, planId, f.interviewerUser);
  const byInterviewer = f.actor === "interviewer" && side === "organisation";
  const [goal] = await f.db
    .insert(goals)
    .values({
      planId,
      side,
      kind: side === "candidate" ? "establish" : "team_goal",
      text: "A goal",
      position: 1,
      interviewerId: byInterviewer ? interviewerId : null,
    })
    .returning();
  return { planId, goal: goal! };
}

async function firstItem(f: Fixture, planId: string) {
  const [item] = await f.db
    .select()
    .from(firstInterviewItems)
    .where(eq(firstInterviewItems.planId, planId))
    .orderBy(asc(firstInterviewItems.position));
  return item!;
}

export const planRows: { [P in PlanPath]: Row<InputOf<P>> } = {
  "plan.list": { input: () => ({}), expect: recruiterOnOwnOrg },
  "plan.get": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: recruiterOnPlan },
  "plan.page": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: recruiterOnPlan },
  "plan.create": { input: () => samplePlanContent({ candidateEmail: uniqueEmail("candidate") }), expect: recruiterOnOwnOrg },
  "plan.update": {
    input: async (f) => ({
      planId: await draftPlan(f),
      expectedVersion: 1,
      ...samplePlanContent({ candidateEmail: uniqueEmail("candidate"), roleTitle: "Renamed role" }),
    }),
    expect: recruiterOnPlan,
  },
  "plan.share": { input: async (f) => ({ planId: await draftPlan(f) }), expect: recruiterOnPlan },
  "plan.revokeInvitation": {
    input: async (f) => {
      const email = uniqueEmail("candidate");
      const planId = await draftPlan(f, email);
      await shareAndGetToken(f.db, { orgId: f.org.id, planId, invitedById: f.adminUser.id, email });
      return { planId };
    },
    expect: recruiterOnPlan,
  },
  "plan.cancel": { input: async (f) => ({ planId: await draftPlan(f), expectedVersion: 1 }), expect: recruiterOnPlan },
  "plan.close": {
    input: async (f) => ({ planId: await draftPlan(f), expectedVersion: 1, outcome: "further_round" as const, message: "" }),
    expect: recruiterOnPlan,
  },
  "plan.duplicate": {
    input: async (f) => ({ planId: await joinedPlan(f), candidateName: "Next Candidate", candidateEmail: uniqueEmail("next") }),
    expect: recruiterOnPlan,
  },
  "plan.calendar": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: recruiterOnPlan },

  "join.describe": { input: async (f) => ({ token: await invitationToken(f) }), expect: anyone },
  "join.accept": { input: async (f) => ({ token: await invitationToken(f) }), expect: anyone },
  "join.requestNewLink": { input: async (f) => ({ token: await invitationToken(f) }), expect: anyone },

  // Anyone signed in lists the plans they are the candidate of: none, for all but the candidate.
  "interview.list": {
    input: () => undefined,
    expect: { ...candidateOnly, recruiter: "ok", admin: "ok", otherOrgRecruiter: "ok", removedMember: "ok", interviewer: "ok" },
  },
  "interview.get": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: candidateOnly },
  "interview.page": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: candidateOnly },
  "interview.calendar": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: candidateOnly },

  "goal.list": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: eitherSide },
  "goal.add": {
    input: async (f) => ({
      planId: await joinedPlan(f),
      kind: sideOf(f.actor) === "candidate" ? ("establish" as const) : ("team_goal" as const),
      text: "Understand how the team measures success",
    }),
    expect: eitherSide,
  },
  "goal.update": {
    input: async (f) => {
      const { planId, goal } = await goalFor(f);
      return { planId, goalId: goal.id, expectedVersion: 1, kind: goal.kind, text: "Reworded goal", visibility: "private" as const };
    },
    expect: eitherSide,
  },
  "goal.remove": {
    input: async (f) => {
      const { planId, goal } = await goalFor(f);
      return { planId, goalId: goal.id };
    },
    expect: eitherSide,
  },
  "goal.reorder": {
    input: async (f) => {
      const { planId, goal } = await goalFor(f);
      return { planId, orderedIds: [goal.id] };
    },
    expect: eitherSide,
  },

  "preparation.get": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: candidateOnly },
  "preparation.setStep": { input: async (f) => ({ planId: await joinedPlan(f), step: 1, done: true }), expect: candidateOnly },
  "preparation.saveNote": {
    input: async (f) => ({ planId: await joinedPlan(f), interviewerId: null, text: "What held me back: slow decisions.", expectedVersion: null }),
    expect: candidateOnly,
  },
  "preparation.acknowledgeGoal": {
    input: async (f) => {
      const { planId, goal } = await goalFor(f, "organisation");
      return { planId, goalId: goal.id, acknowledged: true, note: "I will bring examples.", expectedVersion: null };
    },
    expect: candidateOnly,
  },

  "consistency.flag": {
    input: async (f) => {
      const planId = await joinedPlan(f);
      return { planId, itemId: (await firstItem(f, planId)).id, expectedVersion: 1, comment: "Start date may move to March." };
    },
    expect: eitherSide,
  },
  "consistency.reply": {
    input: async (f) => {
      const planId = await joinedPlan(f);
      const item = await firstItem(f, planId);
      await f.db.update(firstInterviewItems).set({ status: "to_revisit" }).where(eq(firstInterviewItems.id, item.id));
      return { planId, itemId: item.id, text: "March works for us too." };
    },
    expect: eitherSide,
  },
  "consistency.markAgreed": {
    input: async (f) => {
      const planId = await joinedPlan(f);
      const item = await firstItem(f, planId);
      // Only a flagged item can be settled.
      await f.db.update(firstInterviewItems).set({ status: "to_revisit" }).where(eq(firstInterviewItems.id, item.id));
      return { planId, itemId: item.id, expectedVersion: item.version };
    },
    expect: eitherPartyNotInterviewer,
  },

  "debrief.markOutcome": {
    input: async (f) => {
      const { planId, goal } = await goalFor(f);
      await holdMeeting(f.db, planId);
      return { planId, goalId: goal.id, outcome: "partly" as const, note: "Covered half of it.", expectedVersion: 1 };
    },
    expect: eitherSide,
  },
  "debrief.openQuestions": { input: async (f) => ({ planId: await debriefPlan(f) }), expect: eitherSide },

  "nextStep.list": { input: async (f) => ({ planId: await debriefPlan(f) }), expect: eitherSide },
  "nextStep.propose": {
    input: async (f) => ({ planId: await debriefPlan(f), description: "Reference check", owner: "recruiter" as const }),
    expect: eitherPartyNotInterviewer,
  },
  "nextStep.confirm": {
    input: async (f) => {
      const { planId, step } = await stepFor(f);
      return { planId, stepId: step.id, expectedVersion: step.version };
    },
    expect: eitherPartyNotInterviewer,
  },
  "nextStep.edit": {
    input: async (f) => {
      const { planId, step } = await stepFor(f);
      return { planId, stepId: step.id, expectedVersion: 1, description: "Two references", owner: "recruiter" as const };
    },
    expect: eitherPartyNotInterviewer,
  },
  "nextStep.markDone": {
    input: async (f) => {
      const { planId, step } = await stepFor(f, { owner: f.actor === "candidate" ? "candidate" : "recruiter", agreed: true });
      return { planId, stepId: step.id };
    },
    expect: eitherPartyNotInterviewer,
  },
  "nextStep.drop": {
    input: async (f) => {
      const { planId, step } = await stepFor(f);
      return { planId, stepId: step.id };
    },
    expect: eitherPartyNotInterviewer,
  },
  "nextStep.declineDrop": {
    input: async (f) => {
      const asking: PlanSide = sideOf(f.actor) === "candidate" ? "organisation" : "candidate";
      const { planId, step } = await stepFor(f, { agreed: true, dropRequestedBySide: asking });
      return { planId, stepId: step.id };
    },
    expect: eitherPartyNotInterviewer,
  },
  "nextStep.calendar": {
    input: async (f) => {
      const { planId, step } = await stepFor(f, { dueOn: "2031-03-14" });
      return { planId, stepId: step.id };
    },
    expect: eitherSide,
  },
  "timeline.list": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: eitherSide },
  // A subscription is refused when it starts, before any event: the row checks who may open the stream.
  "live.plan": { input: async (f) => ({ planId: await joinedPlan(f) }), expect: eitherSide },
  "live.me": { input: () => ({}), expect: { ...anyone, signedOut: "UNAUTHORIZED" } },
};
