import { LockIcon } from "./icons";

/** Marks something only its own side can ever see. */
export function PrivateBadge({ label = "Private" }: { label?: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-slate-800 px-2 py-0.5 text-xs font-medium text-white">
      <LockIcon className="size-3" />
      {label}
    </span>
  );
}

/** A one-line reminder under an input that what is typed there stays with the writer. */
export function PrivateHint({ children }: { children: React.ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-sm text-slate-600">
      <LockIcon className="size-3.5 shrink-0 text-slate-500" />
      {children}
    </span>
  );
}
