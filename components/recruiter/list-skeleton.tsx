/** Placeholder rows while the first page loads. */
export function ListSkeleton() {
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
