import { useId, type ReactNode } from "react";
import { cx } from "./cx";

const inputClasses =
  "block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 sm:text-sm";

/** The look of a text input, select or textarea, with the red border of a field in error. */
export function controlClasses(error: string | undefined, className?: string): string {
  return cx(inputClasses, className, error ? "border-red-600" : "border-slate-300");
}

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

/** What every field takes besides its control's own attributes; `className` styles the whole field. */
export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldFrameProps extends FieldProps {
  id: string | undefined;
  /** Shown after the label on the same line, e.g. a "Private" badge or a save status. */
  aside?: ReactNode;
  labelClassName?: string;
  children: (control: ControlProps) => ReactNode;
}

/** The label, hint and error around one control, wired to it through the props `children` receives. */
export function FieldFrame({ id, label, hint, error, aside, labelClassName, className, children }: FieldFrameProps) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const labelElement = (
    <label htmlFor={controlId} className={cx("block text-sm font-medium text-slate-800", labelClassName)}>
      {label}
    </label>
  );
  return (
    <div className={cx("space-y-1.5", className)}>
      {aside ? (
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
          {labelElement}
          {aside}
        </div>
      ) : (
        labelElement
      )}
      {hint && (
        <p id={`${controlId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({ id: controlId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(controlId, hint, error) })}
      <FieldError id={controlId} error={error} />
    </div>
  );
}
