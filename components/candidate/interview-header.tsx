import type { Route } from "next";
import Link from "next/link";
import { StageBadge } from "@/components/stage-badge";
import { Alert } from "@/components/ui/alert";
import type { RouterOutputs } from "@/components/api-types";

type CandidatePlan = RouterOutputs["interview"]["get"];

/** Role, company, organisation and stage; and the banner that says when nothing can change any more. */
export function InterviewHeader({ plan, back, title }: { plan: CandidatePlan; back: { href: Route; label: string }; title?: string }) {
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href={back.href} className="inline-flex min-h-10 items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline">
          <span aria-hidden="true">←</span> {back.label}
        </Link>
      </nav>
      <header className="-mt-2 sm:-mt-4">
        <p className="text-sm font-medium text-brand-700">{plan.organisationName}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">
          {title ?? (
            <>
              {plan.roleTitle} <span className="font-normal text-slate-500">at</span> {plan.hiringCompany}
            </>
          )}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StageBadge stage={plan.stage} forCandidate />
          {title && (
            <span>
              {plan.roleTitle} at {plan.hiringCompany}
            </span>
          )}
        </div>
      </header>
      {plan.cancelledAt ? (
        <Alert tone="info" title="This interview was cancelled">
          <p>The organisation cancelled this meeting. Your plan stays here to read, but it can no longer be changed.</p>
        </Alert>
      ) : (
        !plan.allowed.write && (
          <Alert tone="info" title="This plan is closed">
            <p>You can read everything here, but goals, notes and checks can no longer be changed.</p>
          </Alert>
        )
      )}
    </>
  );
}
