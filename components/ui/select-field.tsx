import type { ComponentProps } from "react";
import { FieldFrame, controlClasses, type FieldProps } from "./field-parts";

type SelectFieldProps = Omit<ComponentProps<"select">, keyof FieldProps> & FieldProps & { name: string };

/** A native select: it gets the platform's own picker on phones and full keyboard support for free. */
export function SelectField({ label, hint, error, id, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <select {...control} className={controlClasses(error, "pr-8")} {...select} />}
    </FieldFrame>
  );
}
