import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParamsProps } from "@/components/page-props";
import { InsightsReport } from "@/components/insights/insights-report";
import { PeriodPicker } from "@/components/insights/period-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { insightsPeriodInput } from "@/server/api/routers/insights";
import { serverApi } from "@/server/api/server-caller";
import { fieldErrorsOf } from "@/server/api/trpc";
import { activeMembership, requireMe } from "@/server/auth/page-session";
import { periodFromParams, presetOf } from "@/server/rules/insights-period";
import { can } from "@/server/rules/permissions";

export const metadata: Metadata = { title: "Insights" };

function paramsOf(values: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(name, first);
  }
  return params;
}

/** Insights into how the active organisation's second interviews go, over a period the address names. */
export default async function InsightsPage({ searchParams }: SearchParamsProps) {
  const me = await requireMe("/insights");
  const active = activeMembership(me);
  if (!active || !can(active.role, "insights.view")) notFound();
  const now = new Date();
  const period = periodFromParams(paramsOf(await searchParams), now);
  // The procedure's own schema, so the page puts its messages next to the dates instead of an error page.
  const checked = insightsPeriodInput.safeParse(period);
  const errors = checked.success ? {} : Object.fromEntries(Object.entries(fieldErrorsOf(checked.error)).map(([field, messages]) => [field, messages[0]]));
  const insights = checked.success ? await (await serverApi()).insights.get(checked.data) : null;
  return (
    <>
      <PageHeader
        eyebrow={active.orgName}
        title="Insights"
        description={
          <p>
            The plans counted are those whose meeting starts between the first and the last day shown (both included, in UTC; for a meeting whose
            time the candidate is still picking, its first offered time). A meeting was held when the plan was shared with the candidate, not
            cancelled, and its time has passed. Ratings are those candidates gave on these plans; their names appear only where they allowed it.
          </p>
        }
      />
      <div className="mb-6 space-y-4">
        <PeriodPicker period={period} preset={presetOf(period, now)} errors={errors} />
        {insights && (
          <a href={`/api/insights.csv?from=${insights.period.from}&to=${insights.period.to}`} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Download CSV
          </a>
        )}
      </div>
      {insights ? (
        <InsightsReport insights={insights} />
      ) : (
        <Alert title="This period cannot be shown">{Object.values(errors).join(" ")}</Alert>
      )}
    </>
  );
}
