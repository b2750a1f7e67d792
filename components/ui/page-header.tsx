import type { ReactNode } from "react";

export function PageHeader({ title, eyebrow, description }: { title: string; eyebrow?: string; description?: ReactNode }) {
  return (
    <header className="mb-8">
      {eyebrow && <p className="text-sm font-medium text-brand-700">{eyebrow}</p>}
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
      {description && <div className="mt-2 max-w-2xl text-slate-600">{description}</div>}
    </header>
  );
}
