import type { ReactNode } from "react";

/** Links an input to its hint and error so screen readers read them with the label. */
export function describedBy(inputId: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="flex gap-1.5 text-sm font-medium text-red-700">
      <span aria-hidden="true">!</span>
      {error}
    </p>
  );
}
