import type { Metadata } from "next";
import { PreparationSteps } from "@/components/candidate/preparation/preparation-steps";
import { PrepareHeader } from "@/components/candidate/prepare-header";
import { PlanLive } from "@/components/live/plan-live";
import { HydrateClient } from "@/server/api/server-query";
import { interviewPreparePath } from "@/server/rules/plan-urls";
import { fetchInterview } from "../load-interview";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const { plan } = await fetchInterview(planId, interviewPreparePath(planId), "prepare");
  return { title: `Prepare: ${plan.roleTitle} at ${plan.hiringCompany}` };
}

/** The article's five preparation points as a guided checklist for the candidate. */
export default async function PreparePage({ params }: Props) {
  const { planId } = await params;
  const { renderedFrom } = await fetchInterview(planId, interviewPreparePath(planId), "prepare");
  return (
    <HydrateClient>
      <PlanLive planId={planId} renderedFrom={renderedFrom} />
      <div className="mx-auto max-w-3xl space-y-6 sm:space-y-8">
        <PrepareHeader planId={planId} />
        <PreparationSteps planId={planId} />
      </div>
    </HydrateClient>
  );
}
