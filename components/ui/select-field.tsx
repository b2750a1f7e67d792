import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";
import { FieldError, describedBy } from "./field-parts";
import { inputClasses } from "./text-field";

type SelectFieldProps = ComponentProps<"select"> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
};

/** A native select: it gets the platform's own picker on phones and full keyboard support for free. */
export function SelectField({ label, hint, error, id, className, children, ...select }: SelectFieldProps) {
  const autoId = useId();
  const selectId = id ?? autoId;
  return (
    <div className={cx("space-y-1.5", className)}>
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${selectId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error)}
        className={cx(inputClasses, "pr-8", error ? "border-red-600" : "border-slate-300")}
        {...select}
      >
        {children}
      </select>
      <FieldError id={selectId} error={error} />
    </div>
  );
}
