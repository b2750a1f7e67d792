import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlanForm } from "@/components/recruiter/plan-form";
import { PageHeader } from "@/components/ui/page-header";
import { activeMembership, requireMe } from "@/server/auth/page-session";
import { newPlanPath } from "@/server/rules/plan-urls";

export const metadata: Metadata = { title: "New plan" };

export default async function NewPlanPage() {
  const me = await requireMe(newPlanPath());
  const active = activeMembership(me);
  if (!active) redirect("/dashboard");
  return (
    <>
      <PageHeader
        eyebrow={active.orgName}
        title="New plan"
        description="Set up the second interview. It stays a draft, visible only to your organisation, until you share it with the candidate."
      />
      <PlanForm mode="create" />
    </>
  );
}
