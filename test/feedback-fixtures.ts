import type { Db } from "@/db/client";
import type { User } from "@/db/schema";
import { closePlan } from "@/server/domain/plan-closing";
import { getPlanForOrg } from "@/server/domain/plan-reads";
import { createDebriefPlan } from "./plan-fixtures";

/** A plan the candidate joined, whose meeting took place and which the organisation closed with an offer: the one kind they rate. */
export async function createClosedPlan(db: Db, input: { orgId: string; createdById: string; candidate: User }) {
  const { planId } = await createDebriefPlan(db, input);
  const { plan } = await getPlanForOrg(db, input.orgId, planId);
  await closePlan(db, { orgId: input.orgId, planId, expectedVersion: plan.version, actorId: input.createdById, outcome: "offer", message: "" });
  return { planId };
}
