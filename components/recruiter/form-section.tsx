import { useId, type ReactNode } from "react";

export interface FormSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  id?: string;
}

/** A titled part of the form; the heading names the group for assistive technology. */
export function FormSection({ title, description, children, id }: FormSectionProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      id={id}
      className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  );
}
