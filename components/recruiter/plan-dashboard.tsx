"use client";

import type { Route } from "next";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { Suspense, useRef } from "react";
import { useMeLive } from "@/components/live/use-me-live";
import { useTRPC } from "@/components/trpc";
import { LoadFailed } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { cx } from "@/components/ui/cx";
import { PlusIcon } from "@/components/ui/icons";
import { listInput, readState, writeState, type ListState } from "./dashboard-state";
import { countLabel, rangeLabel } from "./list-count";
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
  const toPage = (cursor: string | null) => {
    go({ cursor });
    listRef.current?.scrollIntoView({ block: "start" });
  };
  const filtered = Boolean(state.stage || state.q);
  const data = query.data;
  const updating = query.isFetching && query.isPlaceholderData;
  // Nothing to search or filter yet: the empty state alone says what to do.
  const noPlansAtAll = Boolean(data && data.total === 0 && !filtered);
  // The address's cursor was refused (edited, or from an older version): say so, and offer the way back.
  const badCursor = query.isError && !data && Boolean(state.cursor) && query.error.data?.code === "BAD_REQUEST";

  return (
    <div className="space-y-5">
      {!noPlansAtAll && (
        <>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <SearchBox value={state.q} onSearch={(q) => go({ q, cursor: null }, "replace")} />
            <ButtonLink href={newPlanPath() as Route} className="shrink-0">
              <PlusIcon />
              New plan
            </ButtonLink>
          </div>
          <StageFilter value={state.stage} onChange={(stage) => go({ stage, cursor: null })} />
          <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
            {query.isPending ? "Loading second interviews…" : updating ? "Updating…" : data ? countLabel(data, filtered) : ""}
          </p>
        </>
      )}

      <div ref={listRef} className="scroll-mt-4">
        {query.isPending ? (
          <ListSkeleton />
        ) : badCursor ? (
          <EmptyState
            title="This page of the list no longer exists"
            action={
              <Button variant="secondary" onClick={() => go({ cursor: null })}>
                Go to the first page
              </Button>
            }
          >
            {query.error?.data?.fieldErrors?.cursor?.[0] ?? query.error?.message}
          </EmptyState>
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

      {data && data.items.length > 0 && (data.previousCursor || data.nextCursor) && (
        <PageNav
          range={rangeLabel(data, data.offset, data.items.length)}
          hasPrevious={Boolean(data.previousCursor)}
          hasNext={Boolean(data.nextCursor)}
          onPrevious={() => toPage(data.previousCursor)}
          onNext={() => toPage(data.nextCursor)}
        />
      )}
    </div>
  );
}
