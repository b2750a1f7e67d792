import type { Metadata } from "next";
import Link from "next/link";
import { PlanLive } from "@/components/live/plan-live";
import { RecruiterPlanView } from "@/components/recruiter/recruiter-plan-view";
import { HydrateClient } from "@/server/api/server-query";
import { requireMe } from "@/server/auth/page-session";
import { fetchRecruiterPlanPage, orNull } from "../load-plan";
import { planPath } from "@/server/rules/plan-urls";

interface Props {
  params: Promise<{ planId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { planId } = await params;
  const plan = (await orNull(fetchRecruiterPlanPage(planId)))?.plan;
  return { title: plan ? `${plan.candidateName} · ${plan.roleTitle}` : "Plan" };
}

export default async function RecruiterPlanPage({ params }: Props) {
  const { planId } = await params;
  await requireMe(planPath(planId));
  const { plan, renderedFrom } = await fetchRecruiterPlanPage(planId);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/dashboard" className="rounded font-medium text-slate-600 hover:text-slate-900">
          <span aria-hidden="true">← </span>Second interviews
        </Link>
      </nav>
      <HydrateClient>
        <PlanLive planId={plan.id} renderedFrom={renderedFrom} />
        <RecruiterPlanView planId={plan.id} />
      </HydrateClient>
    </>
  );
}
