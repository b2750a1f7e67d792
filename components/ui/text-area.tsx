import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";
import { FieldError, describedBy } from "./field-parts";
import { inputClasses } from "./text-field";

type TextAreaProps = ComponentProps<"textarea"> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
};

/** A multi-line TextField: same label, hint and error wiring. */
export function TextArea({ label, hint, error, id, className, rows = 3, ...textarea }: TextAreaProps) {
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
      <textarea
        id={inputId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={cx(inputClasses, "min-h-20 resize-y", error ? "border-red-600" : "border-slate-300")}
        {...textarea}
      />
      <FieldError id={inputId} error={error} />
    </div>
  );
}
