import type { Metadata } from "next";
import { MyInterviews } from "@/components/candidate/my-interviews";
import type { SearchParamsProps } from "@/components/page-props";
import { PlanDashboard } from "@/components/recruiter/plan-dashboard";
import { PanelInterviews } from "@/components/team/panel-interviews";
import { listInput, readState } from "@/components/recruiter/dashboard-state";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/server-query";
import { activeMembership, requireMe } from "@/server/auth/page-session";

export const metadata: Metadata = { title: "Dashboard" };

/** The address's filters, as the dashboard reads them in the browser. */
async function listParams({ searchParams }: SearchParamsProps): Promise<URLSearchParams> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(name, first);
  }
  return params;
}

export default async function DashboardPage(props: SearchParamsProps) {
  const me = await requireMe("/dashboard");
  const active = activeMembership(me);

  if (active) {
    // The list the address asks for is in the page's first HTML; the dashboard reads the same cache entry.
    await getQueryClient().prefetchQuery(trpc.plan.list.queryOptions(listInput(readState(await listParams(props)))));
    return (
      <>
        <PageHeader
          eyebrow={active.orgName}
          title="Second interviews"
          description="Every second interview your organisation is planning, from draft to agreed next steps."
        />
        <HydrateClient>
          <PlanDashboard />
        </HydrateClient>
      </>
    );
  }

  // Someone with no organisation: the plans they are the candidate of, and those they interview for.
  const api = await serverApi();
  const [interviews, panels] = await Promise.all([api.interview.list(), api.team.list()]);
  return (
    <>
      <PageHeader title="My interviews" description="Second interviews you've been invited to prepare for or to interview in." />
      {(interviews.length > 0 || panels.length === 0) && <MyInterviews interviews={interviews} />}
      <PanelInterviews plans={panels} />
    </>
  );
}
