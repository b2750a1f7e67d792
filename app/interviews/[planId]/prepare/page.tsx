import type { Metadata, Route } from "next";
import { InterviewHeader } from "@/components/interview/interview-header";
import { loadInterview } from "../load-interview";
import { PreparationSteps } from "@/components/interview/preparation-steps";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const { plan } = await loadInterview(planId, `/interviews/${planId}/prepare`);
  return { title: `Prepare: ${plan.roleTitle} at ${plan.hiringCompany}` };
}

/** The article's five preparation points as a guided checklist for the candidate. */
export default async function PreparePage({ params }: Props) {
  const { planId } = await params;
  const { plan, preparation } = await loadInterview(planId, `/interviews/${planId}/prepare`);
  return (
    <div className="mx-auto max-w-3xl space-y-6 sm:space-y-8">
      <InterviewHeader
        plan={plan}
        title="Prepare for your second interview"
        back={{ href: `/interviews/${plan.id}` as Route, label: "Back to the plan" }}
      />
      <PreparationSteps planId={plan.id} interviewers={plan.interviewers} initial={preparation} readOnly={plan.stage === "closed"} />
    </div>
  );
}
