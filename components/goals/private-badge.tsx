import { LockIcon } from "@/components/ui/icons";

/** Marks something only its own side can ever see. */
export function PrivateBadge({ label = "Private" }: { label?: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-slate-800 px-2 py-0.5 text-xs font-medium text-white">
      <LockIcon className="size-3" />
      {label}
    </span>
  );
}
