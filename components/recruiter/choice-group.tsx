import { useId, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { FieldError, describedBy } from "@/components/ui/field-parts";

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  hint?: ReactNode;
  hideLegend?: boolean;
}

/** Radio buttons drawn as a segmented choice; native inputs, so arrow keys move between them. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange, error, hint, hideLegend }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="space-y-1.5" aria-describedby={describedBy(id, hint, error)}>
      <legend className={cx("text-sm font-medium text-slate-800", hideLegend && "sr-only")}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cx(
              "relative inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border px-3.5 text-sm font-medium shadow-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              value === option.value
                ? "border-brand-600 bg-brand-50 text-brand-800"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="size-4 accent-brand-600 focus-visible:outline-none"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
