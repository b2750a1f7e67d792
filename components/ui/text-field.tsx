import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";
import { FieldError, describedBy } from "./field-parts";

type TextFieldProps = ComponentProps<"input"> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
};

export const inputClasses =
  "block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 sm:text-sm";

export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  return (
    <div className={cx("space-y-1.5", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={cx(inputClasses, error ? "border-red-600" : "border-slate-300")}
        {...input}
      />
      <FieldError id={inputId} error={error} />
    </div>
  );
}
