"use client";

import type { Route } from "next";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { Suspense, useRef } from "react";
import { useMeLive } from "@/components/live/use-me-live";
import { useTRPC } from "@/components/trpc";
import { LoadFailed } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { PlusIcon } from "@/components/ui/icons";
import { plural } from "@/server/rules/format";
import { listInput, readState, writeState, type ListState } from "./dashboard-state";
import { ListSkeleton } from "./list-skeleton";
import { PageNav } from "./page-nav";
import { PlanListEmpty } from "./plan-list-empty";
import { PlanRow } from "./plan-row";
import { SearchBox } from "./search-box";
import { StageFilter } from "./stage-filter";
import { newPlanPath } from "@/server/rules/plan-urls";

/** The recruiter's dashboard: the organisation's second interviews, by stage, searchable, a page at a time. */
export function PlanDashboard() {
  // Stages and preparation counts change under the recruiter's eyes: live events invalidate the list.
  useMeLive();
  return (
    <Suspense fallback={<ListSkeleton />}>
      <PlanList />
    </Suspense>
  );
}

function PlanList() {
  const trpc = useTRPC();
  const state = readState(useSearchParams());
  const listRef = useRef<HTMLDivElement>(null);
  const query = useQuery({ ...trpc.plan.list.queryOptions(listInput(state)), placeholderData: keepPreviousData });

  const go = (patch: Partial<ListState>, mode: "push" | "replace" = "push") => writeState({ ...state, ...patch }, mode);
  const filtered = Boolean(state.stage || state.q);
  const data = query.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const updating = query.isFetching && query.isPlaceholderData;
  // Nothing to search or filter yet: the empty state alone says what to do.
  const noPlansAtAll = Boolean(data && data.total === 0 && !filtered);
  const count = data ? (filtered ? `${plural(data.total, "plan")} found` : plural(data.total, "plan")) : "";

  return (
    <div className="space-y-5">
      {!noPlansAtAll && (
        <>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <SearchBox value={state.q} onSearch={(q) => go({ q, page: 1 }, "replace")} />
            <ButtonLink href={newPlanPath() as Route} className="shrink-0">
              <PlusIcon />
              New plan
            </ButtonLink>
          </div>
          <StageFilter value={state.stage} onChange={(stage) => go({ stage, page: 1 })} />
          <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
            {query.isPending ? "Loading second interviews…" : updating ? "Updating…" : count}
          </p>
        </>
      )}

      <div ref={listRef} className="scroll-mt-4">
        {query.isPending ? (
          <ListSkeleton />
        ) : query.isError && !data ? (
          <LoadFailed title="We couldn't load your second interviews" message={query.error.message} onRetry={() => void query.refetch()} />
        ) : data && data.items.length === 0 ? (
          <PlanListEmpty state={state} total={data.total} go={go} />
        ) : data ? (
          <ul aria-label="Second interviews" aria-busy={updating || undefined} className={cx("space-y-3 transition-opacity", updating && "opacity-60")}>
            {data.items.map((plan) => (
              <PlanRow key={plan.id} plan={plan} />
            ))}
          </ul>
        ) : null}
      </div>

      {data && data.total > data.pageSize && (
        <PageNav
          page={state.page}
          pageCount={pageCount}
          onPage={(page) => {
            go({ page });
            listRef.current?.scrollIntoView({ block: "start" });
          }}
        />
      )}
    </div>
  );
}
