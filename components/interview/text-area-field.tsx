import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { FieldError, describedBy } from "@/components/ui/field-parts";
import { inputClasses } from "@/components/ui/text-field";

type TextAreaFieldProps = ComponentProps<"textarea"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label on the same line, e.g. a "Private" badge or a save status. */
  aside?: ReactNode;
  labelClassName?: string;
};

/** A multi-line field in the look of components/ui/text-field, with its hint and error wired to it. */
export function TextAreaField({ label, hint, error, aside, id, className, labelClassName, rows = 3, ...textarea }: TextAreaFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <div className={cx("space-y-1.5", className)}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <label htmlFor={fieldId} className={cx("block text-sm font-medium text-slate-800", labelClassName)}>
          {label}
        </label>
        {aside}
      </div>
      {hint && (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={fieldId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className={cx(inputClasses, "resize-y", error ? "border-red-600" : "border-slate-300")}
        {...textarea}
      />
      <FieldError id={fieldId} error={error} />
    </div>
  );
}
