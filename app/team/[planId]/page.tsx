import type { Metadata } from "next";
import { PlanLive } from "@/components/live/plan-live";
import { InterviewerPlanView } from "@/components/team/interviewer-plan-view";
import { HydrateClient } from "@/server/api/server-query";
import { teamPlanPath } from "@/server/rules/team";
import { fetchTeamPlan } from "./load-team-plan";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const { plan } = await fetchTeamPlan(planId, teamPlanPath(planId));
  return { title: `Interviewing ${plan.candidateName}: ${plan.roleTitle}` };
}

/** An invited interviewer's view of the plan: prefetched here, read from the query cache, kept live. */
export default async function TeamPlanPage({ params }: Props) {
  const { planId } = await params;
  const { renderedFrom } = await fetchTeamPlan(planId, teamPlanPath(planId));
  return (
    <HydrateClient>
      <PlanLive planId={planId} renderedFrom={renderedFrom} />
      <InterviewerPlanView planId={planId} />
    </HydrateClient>
  );
}
