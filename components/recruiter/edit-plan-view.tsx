"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import type { Route } from "next";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { PlanForm } from "./plan-form";
import { planPath } from "@/server/rules/plan-urls";

export interface EditPlanViewProps {
  planId: string;
}

/** The edit page: the form over the plan in the query cache, or a note when the server no longer allows edits. */
export function EditPlanView({ planId }: EditPlanViewProps) {
  const trpc = useTRPC();
  const { data: plan } = useSuspenseQuery(trpc.plan.get.queryOptions({ planId }));
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
      {plan.allowed.edit ? (
        <PlanForm mode="edit" plan={plan} candidateEmailLocked={plan.candidateEmailLocked} />
      ) : (
        <Alert tone="info" title="This plan is closed">
          <p>A closed plan stays readable but can no longer be edited.</p>
          <ButtonLink href={planPath(plan.id) as Route} variant="secondary" size="sm">
            Back to the plan
          </ButtonLink>
        </Alert>
      )}
    </>
  );
}
