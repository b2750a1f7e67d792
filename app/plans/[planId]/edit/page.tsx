import type { Metadata, Route } from "next";
import { PlanForm } from "@/components/plan/plan-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireMe } from "@/server/auth/page-session";
import { loadPlan } from "../../load-plan";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const plan = await loadPlan(planId).catch(() => null);
  return { title: plan ? `Edit: ${plan.candidateName}` : "Edit plan" };
}

export default async function EditPlanPage({ params }: Props) {
  const { planId } = await params;
  await requireMe(`/plans/${planId}/edit`);
  const plan = await loadPlan(planId);
  const planHref = `/plans/${plan.id}` as Route;

  return (
    <>
      <PageHeader
        eyebrow="Edit plan"
        title={plan.candidateName}
        description={
          <>
            {plan.roleTitle} at {plan.hiringCompany}
          </>
        }
      />
      {plan.stage === "closed" ? (
        <Alert tone="info" title="This plan is closed">
          <p>A closed plan stays readable but can no longer be edited.</p>
          <ButtonLink href={planHref} variant="secondary" size="sm">
            Back to the plan
          </ButtonLink>
        </Alert>
      ) : (
        <PlanForm mode="edit" plan={plan} />
      )}
    </>
  );
}
