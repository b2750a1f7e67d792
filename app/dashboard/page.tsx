import type { Metadata } from "next";
import { MyInterviews } from "@/components/interview/my-interviews";
import { PlanDashboard } from "@/components/plan/plan-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";
import { activeMembership, requireMe } from "@/server/auth/page-session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const me = await requireMe("/dashboard");
  const active = activeMembership(me);

  if (active)
    return (
      <>
        <PageHeader
          eyebrow={active.orgName}
          title="Second interviews"
          description="Every second interview your organisation is planning, from draft to agreed next steps."
        />
        <PlanDashboard />
      </>
    );

  return (
    <>
      <PageHeader
        title="My interviews"
        description="Second interviews you've been invited to prepare for."
      />
      <MyInterviews interviews={await (await serverApi()).interview.list()} />
    </>
  );
}
