/** Shown while the plan loads: the page's outline, so nothing jumps when it arrives. */
export default function PlanLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading the plan…</span>
      <div className="space-y-3">
        <div className="h-5 w-24 rounded-full bg-slate-200" />
        <div className="h-8 w-64 max-w-full rounded bg-slate-200" />
        <div className="h-5 w-80 max-w-full rounded bg-slate-100" />
        <div className="flex gap-2 pt-2">
          <div className="h-10 w-28 rounded-lg bg-slate-200" />
          <div className="h-10 w-48 rounded-lg bg-slate-100" />
        </div>
      </div>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-40 rounded-xl border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
