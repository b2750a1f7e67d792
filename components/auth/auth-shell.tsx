import type { ReactNode } from "react";

/** The narrow centred layout of every page on the way in (sign-in, sign-up, links, invitations). */
export function AuthShell({ title, description, children, footer }: { title: string; description?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {description && <div className="mt-2 text-slate-600">{description}</div>}
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">{children}</div>
      {footer && <div className="mt-6 space-y-2 text-center text-sm text-slate-600">{footer}</div>}
    </div>
  );
}
