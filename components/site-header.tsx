import Link from "next/link";
import type { Me, Membership } from "@/server/auth/page-session";
import { can } from "@/server/rules/permissions";
import { NotificationBell } from "./notifications/notification-bell";
import { OrgSwitcher } from "./lazy-org-switcher";
import { UserMenu } from "./user-menu";

/** The header for the reader `me` (null when signed out) and the organisation they act for. */
export function SiteHeader({ me, active }: { me: Me | null; active: Membership | null }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex h-16 max-w-5xl items-center gap-3 px-4">
        <Link href="/" className="shrink-0 rounded text-lg font-semibold tracking-tight text-slate-900">
          Second<span className="text-brand-600"> Round</span>
        </Link>
        {me && active && me.memberships.length > 1 && (
          <OrgSwitcher memberships={me.memberships} activeOrgId={active.orgId} />
        )}
        {me && active && me.memberships.length === 1 && (
          <span className="hidden truncate border-l border-slate-200 pl-3 text-sm text-slate-600 sm:block">{active.orgName}</span>
        )}
        <div className="ml-auto flex items-center gap-1">
          {me ? (
            <>
              {active && can(active.role, "insights.view") && (
                <Link href="/insights" className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                  Insights
                </Link>
              )}
              <NotificationBell />
              <UserMenu name={me.name} email={me.email} isRecruiter={me.memberships.length > 0} />
            </>
          ) : (
            <Link href="/sign-in" className="rounded-lg px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
