import type { ReactNode } from "react";
import { cx } from "./cx";

interface CardProps {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Card({ title, description, children, className }: CardProps) {
  return (
    <section className={cx("rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6", className)}>
      {title && <h2 className="text-lg font-semibold text-slate-900">{title}</h2>}
      {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      <div className={cx(title || description ? "mt-5" : undefined)}>{children}</div>
    </section>
  );
}
