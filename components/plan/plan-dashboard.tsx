"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useId, useRef, useState } from "react";
import type { MeetingFormat, PlanStage } from "@/db/schema";
import { plural } from "@/server/rules/format";
import { FORMAT_LABEL } from "@/server/rules/labels";
import { ListMeetingTime } from "@/components/meeting-time";
import { preparationText } from "@/server/rules/preparation";
import { StageBadge } from "@/components/stage-badge";
import { useTRPC } from "@/components/trpc";
import { LoadFailed } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClasses } from "@/components/ui/field-parts";
import { PlusIcon } from "@/components/ui/icons";
import { STAGE_LABELS } from "@/server/rules/stages";

const SEARCH_DELAY_MS = 300;
const STAGES = Object.keys(STAGE_LABELS) as PlanStage[];

interface ListState {
  stage: PlanStage | null;
  q: string;
  page: number;
}

function readState(params: URLSearchParams): ListState {
  const stage = params.get("stage");
  const page = Number(params.get("page"));
  return {
    stage: (STAGES as string[]).includes(stage ?? "") ? (stage as PlanStage) : null,
    q: (params.get("q") ?? "").trim().slice(0, 100),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/**
 * The filters live in the address (?stage=…&q=…&page=…) so a view can be
 * bookmarked, shared and restored with Back. History is written directly:
 * Next keeps useSearchParams in step without a round trip to the server.
 */
function writeState(next: ListState, mode: "push" | "replace") {
  const params = new URLSearchParams();
  if (next.stage) params.set("stage", next.stage);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The recruiter's dashboard: the organisation's second interviews, by stage, searchable, a page at a time. */
export function PlanDashboard() {
  return (
    <Suspense fallback={<ListSkeleton />}>
      <PlanList />
    </Suspense>
  );
}

function PlanList() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const state = readState(params);
  const listRef = useRef<HTMLDivElement>(null);

  const query = useQuery({
    ...trpc.plan.list.queryOptions({
      stages: state.stage ? [state.stage] : undefined,
      search: state.q || undefined,
      page: state.page,
    }),
    placeholderData: keepPreviousData,
    // Colleagues change plans too: show the cached page at once, then check for news.
    staleTime: 0,
  });

  const go = (patch: Partial<ListState>, mode: "push" | "replace" = "push") =>
    writeState({ ...state, ...patch }, mode);

  const filtered = Boolean(state.stage || state.q);
  const data = query.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const updating = query.isFetching && query.isPlaceholderData;
  // Nothing to search or filter yet: the empty state alone says what to do.
  const noPlansAtAll = Boolean(data && data.total === 0 && !filtered);

  return (
    <div className="space-y-5">
      {!noPlansAtAll && (
        <>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <SearchBox value={state.q} onSearch={(q) => go({ q, page: 1 }, "replace")} />
            <ButtonLink href="/plans/new" className="shrink-0">
              <PlusIcon />
              New plan
            </ButtonLink>
          </div>

          <StageFilter value={state.stage} onChange={(stage) => go({ stage, page: 1 })} />

          <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
            {query.isPending
              ? "Loading second interviews…"
              : updating
                ? "Updating…"
                : data
                  ? filtered
                    ? `${plural(data.total, "plan")} found`
                    : plural(data.total, "plan")
                  : ""}
          </p>
        </>
      )}

      <div ref={listRef} className="scroll-mt-4">
        {query.isPending ? (
          <ListSkeleton />
        ) : query.isError && !data ? (
          <LoadFailed title="We couldn't load your second interviews" message={query.error.message} onRetry={() => void query.refetch()} />
        ) : data && data.items.length === 0 ? (
          data.total > 0 ? (
            <EmptyState
              title="This page is empty"
              action={
                <Button variant="secondary" onClick={() => go({ page: 1 })}>
                  Go to the first page
                </Button>
              }
            />
          ) : filtered ? (
            <EmptyState
              title="No plans match"
              action={
                <Button variant="secondary" onClick={() => go({ stage: null, q: "", page: 1 })}>
                  Clear search and filters
                </Button>
              }
            >
              {state.q ? (
                <>
                  Nothing{state.stage ? ` in ${STAGE_LABELS[state.stage].toLowerCase()}` : ""} matches “{state.q}”. Search
                  looks at candidate names, role titles and companies.
                </>
              ) : (
                <>No plans are at the {STAGE_LABELS[state.stage!].toLowerCase()} stage right now.</>
              )}
            </EmptyState>
          ) : (
            <EmptyState
              title="No second interviews yet"
              action={
                <ButtonLink href="/plans/new">
                  <PlusIcon />
                  New plan
                </ButtonLink>
              }
            >
              A plan describes the meeting, the people the candidate will meet and what the first interview settled. You
              share it with the candidate when it is ready.
            </EmptyState>
          )
        ) : data ? (
          <ul
            aria-label="Second interviews"
            aria-busy={updating || undefined}
            className={cx("space-y-3 transition-opacity", updating && "opacity-60")}
          >
            {data.items.map((plan) => (
              <PlanRow key={plan.id} plan={plan} />
            ))}
          </ul>
        ) : null}
      </div>

      {data && data.total > data.pageSize && (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 border-t border-slate-200 pt-4">
          <Button
            variant="secondary"
            disabled={state.page <= 1}
            onClick={() => {
              go({ page: state.page - 1 });
              listRef.current?.scrollIntoView({ block: "start" });
            }}
          >
            <span aria-hidden="true">←</span> Previous
          </Button>
          <p className="text-sm text-slate-600">
            Page {Math.min(state.page, pageCount)} of {pageCount}
          </p>
          <Button
            variant="secondary"
            disabled={state.page >= pageCount}
            onClick={() => {
              go({ page: state.page + 1 });
              listRef.current?.scrollIntoView({ block: "start" });
            }}
          >
            Next <span aria-hidden="true">→</span>
          </Button>
        </nav>
      )}
    </div>
  );
}

type PlanSummary = {
  id: string;
  stage: PlanStage;
  roleTitle: string;
  hiringCompany: string;
  candidateName: string;
  startsAt: Date;
  timeZone: string;
  format: MeetingFormat;
  preparation: { stepsDone: number; sharedGoals: number; itemsToRevisit: number };
};

function PlanRow({ plan }: { plan: PlanSummary }) {
  const prep = preparationText(plan.preparation, plan.stage);
  return (
    <li className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors focus-within:border-brand-600 hover:border-slate-300 sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-slate-900">
            {/* The whole card is the link's target; the name alone is what a screen reader announces. */}
            <Link
              href={`/plans/${plan.id}` as Route}
              className="break-words outline-none after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-brand-700 focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-brand-600"
            >
              {plan.candidateName}
            </Link>
          </h2>
          <p className="mt-0.5 text-sm break-words text-slate-700">
            {plan.roleTitle} · {plan.hiringCompany}
          </p>
        </div>
        <StageBadge stage={plan.stage} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <div className="flex min-w-0 gap-1.5">
          <dt className="sr-only">Meeting</dt>
          <dd className="min-w-0 text-slate-700">
            <span className="text-slate-500">{FORMAT_LABEL[plan.format]} · </span>
            <ListMeetingTime startsAt={plan.startsAt} timeZone={plan.timeZone} />
          </dd>
        </div>
        <div className="flex min-w-0 gap-1.5 sm:justify-end">
          <dt className="text-slate-500">Preparation:</dt>
          <dd className={cx(plan.preparation.itemsToRevisit > 0 ? "text-amber-800" : "text-slate-700")}>{prep}</dd>
        </div>
      </dl>
    </li>
  );
}

function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Back/Forward (or "Clear") changed the address: show what it says, unless that is what is being typed.
  if (value !== shown) {
    setShown(value);
    if (text.trim() !== value) setText(value);
  }
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === value) return;
    const timer = setTimeout(() => latest.current(trimmed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div role="search" className="min-w-0 flex-1 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Search
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onSearch(text.trim());
          }
        }}
        placeholder="Candidate, role or company"
        autoComplete="off"
        className={controlClasses(undefined)}
      />
    </div>
  );
}

const FILTERS: { stage: PlanStage | null; label: string }[] = [
  { stage: null, label: "All" },
  ...STAGES.map((stage) => ({ stage, label: STAGE_LABELS[stage] })),
];

function StageFilter({ value, onChange }: { value: PlanStage | null; onChange: (stage: PlanStage | null) => void }) {
  return (
    <div role="group" aria-label="Filter by stage" className="flex flex-wrap gap-2">
      {FILTERS.map((f) => {
        const active = f.stage === value;
        return (
          <button
            key={f.label}
            type="button"
            aria-pressed={active}
            onClick={() => !active && onChange(f.stage)}
            className={cx(
              "min-h-9 rounded-full border px-3.5 text-sm font-medium transition-colors",
              active
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-300 bg-white text-slate-700 hover:border-slate-400 hover:bg-slate-50",
            )}
          >
            {f.label}
          </button>
        );
      })}
    </div>
  );
}

function ListSkeleton() {
  return (
    <ul aria-hidden="true" className="space-y-3">
      {[0, 1, 2].map((i) => (
        <li key={i} className="animate-pulse rounded-xl border border-slate-200 bg-white p-5">
          <div className="h-4 w-40 rounded bg-slate-200" />
          <div className="mt-2 h-3 w-64 max-w-full rounded bg-slate-100" />
          <div className="mt-4 h-3 w-52 max-w-full rounded bg-slate-100" />
        </li>
      ))}
    </ul>
  );
}
