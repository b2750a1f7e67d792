import "server-only";
import { TRPCError } from "@trpc/server";
import type { createCaller } from "@/server/api/root";
import type { SummarySource } from "@/server/domain/plan-summary";

type Caller = ReturnType<typeof createCaller>;

/**
 * Each reader's summary is read through their own plan page's procedure
 * (plan.page, interview.page, team.page): the same authorization, the same
 * views and output schemas, so the summary cannot hold more than the page.
 */
export async function organisationSummarySource(caller: Caller, planId: string): Promise<SummarySource> {
  const page = await caller.plan.page({ planId });
  const me = await caller.account.me();
  const organisationName = me.memberships.find((m) => m.orgId === me.activeOrgId)?.orgName ?? "The organisation";
  return { role: "recruiter", organisationName, plan: page.plan, goals: page.goals, steps: page.steps };
}

export async function candidateSummarySource(caller: Caller, planId: string): Promise<SummarySource> {
  const page = await caller.interview.page({ planId });
  // The reader is on the plan's other side (a member who is also its candidate): their summary is the organisation's.
  if (!page.panels) throw new TRPCError({ code: "NOT_FOUND", message: "Plan not found." });
  return { role: "candidate", plan: page.plan, goals: page.panels.goals, steps: page.panels.steps };
}

export async function interviewerSummarySource(caller: Caller, planId: string): Promise<SummarySource> {
  const page = await caller.team.page({ planId });
  return { role: "interviewer", plan: page.plan, goals: page.goals, steps: page.steps };
}
