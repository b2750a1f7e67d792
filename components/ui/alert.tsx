import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";

type Tone = "error" | "success" | "info";

const tones: Record<Tone, string> = {
  error: "border-red-200 bg-red-50 text-red-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-brand-100 bg-brand-50 text-slate-800",
};

/** Errors interrupt the screen reader (role="alert"); good news waits its turn (role="status"). */
export function Alert({ tone = "error", title, children, className }: { tone?: Tone; title?: string; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cx("rounded-lg border px-4 py-3 text-sm", tones[tone], className)}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={cx(title && "mt-1", "space-y-2")}>{children}</div>}
    </div>
  );
}

/** A load that failed, with the way to try it again. */
export function LoadFailed({ title, message, onRetry }: { title?: string; message: ReactNode; onRetry: () => void }) {
  return (
    <Alert title={title}>
      <p>{message}</p>
      <Button variant="secondary" size="sm" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
