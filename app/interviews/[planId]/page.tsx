import type { Metadata } from "next";
import { CandidatePlanView } from "@/components/candidate/candidate-plan-view";
import { PlanLive } from "@/components/live/plan-live";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/server-query";
import { interviewPath } from "@/server/rules/plan-urls";
import { fetchInterview } from "./load-interview";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const { plan } = await fetchInterview(planId, interviewPath(planId), "plan");
  return { title: `${plan.roleTitle} at ${plan.hiringCompany}` };
}

/** The candidate's view of their second-interview plan: prefetched here, read from the query cache, kept live. */
export default async function InterviewPage({ params }: Props) {
  const { planId } = await params;
  const { renderedFrom, plan } = await fetchInterview(planId, interviewPath(planId), "plan");
  // A closed plan's rating panel reads what the candidate gave: in the first HTML too.
  if (plan.feedbackOpen) await getQueryClient().prefetchQuery(trpc.feedback.mine.queryOptions({ planId }));
  return (
    <HydrateClient>
      <PlanLive planId={planId} renderedFrom={renderedFrom} />
      <CandidatePlanView planId={planId} />
    </HydrateClient>
  );
}
