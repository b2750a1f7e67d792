import type { Metadata } from "next";
import { EditPlanView } from "@/components/recruiter/edit-plan-view";
import { HydrateClient } from "@/server/api/server-query";
import { requireMe } from "@/server/auth/page-session";
import { fetchRecruiterPlan, orNull } from "../../load-plan";
import { planEditPath } from "@/server/rules/plan-urls";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const plan = await orNull(fetchRecruiterPlan(planId));
  return { title: plan ? `Edit: ${plan.candidateName}` : "Edit plan" };
}

export default async function EditPlanPage({ params }: Props) {
  const { planId } = await params;
  await requireMe(planEditPath(planId));
  const plan = await fetchRecruiterPlan(planId);
  return (
    <HydrateClient>
      <EditPlanView planId={plan.id} />
    </HydrateClient>
  );
}
