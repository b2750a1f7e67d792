import type { ActorName, Actors } from "./actors";
import type { Db } from "@/db/client";
import type { InputOf, ProcedurePath, Row } from "./matrix-types";
import { attachInterviewer, createJoinedPlan } from "./plan-fixtures";
import { futureSlots, offerThreeSlots, planRow } from "./scheduling/fixtures";

type Fixture = Actors & { db: Db; actor: ActorName };
type SchedulingPath = Extract<ProcedurePath, `scheduling.${string}`>;

/**
 * A plan of the organisation that the candidate actor has joined, with the
 * interviewer actor as its first interviewer and three slots offered when `offered`.
 */
async function joinedPlan(f: Fixture, offered: boolean) {
  const { planId } = await createJoinedPlan(f.db, { orgId: f.org.id, createdById: f.adminUser.id, candidate: f.actors.candidate.user! });
  await attachInterviewer(f.db, planId, f.interviewerUser);
  const slots = offered ? await offerThreeSlots(f.db, { orgId: f.org.id, planId, actorId: f.adminUser.id }) : [];
  return { planId, slots, plan: await planRow(f.db, planId) };
}

/** Who may offer, pick and ask (server/api/routers/scheduling.ts). */
export const schedulingRows: { [P in SchedulingPath]: Row<InputOf<P>> } = {
  "scheduling.offer": {
    input: async (f) => {
      const { planId, plan } = await joinedPlan(f, false);
      return { planId, expectedVersion: plan.version, slots: futureSlots(plan.timeZone) };
    },
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "FORBIDDEN",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "FORBIDDEN",
      // A member's procedure: the plan's interviewer is no member.
      interviewer: "FORBIDDEN",
    },
  },
  "scheduling.pick": {
    input: async (f) => {
      const { planId, slots } = await joinedPlan(f, true);
      return { planId, slotId: slots[1]!.id };
    },
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "NOT_FOUND",
      admin: "NOT_FOUND",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "NOT_FOUND",
      interviewer: "NOT_FOUND",
    },
  },
  "scheduling.changeTime": {
    input: async (f) => ({ planId: (await joinedPlan(f, false)).planId, intent: "reschedule" as const, message: "A family matter came up." }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "NOT_FOUND",
      admin: "NOT_FOUND",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "NOT_FOUND",
      interviewer: "NOT_FOUND",
    },
  },
  "scheduling.requestOtherTimes": {
    input: async (f) => ({ planId: (await joinedPlan(f, true)).planId, message: "Could we do a morning next week?" }),
    expect: {
      signedOut: "UNAUTHORIZED",
      candidate: "ok",
      recruiter: "NOT_FOUND",
      admin: "NOT_FOUND",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "NOT_FOUND",
      interviewer: "NOT_FOUND",
    },
  },
};
