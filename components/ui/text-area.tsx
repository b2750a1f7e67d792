import type { ComponentProps, ReactNode } from "react";
import { FieldFrame, controlClasses, type FieldProps } from "./field-parts";

type TextAreaProps = Omit<ComponentProps<"textarea">, keyof FieldProps> &
  FieldProps & {
    /** Shown after the label on the same line, e.g. a "Private" badge or a save status. */
    aside?: ReactNode;
    labelClassName?: string;
  };

/** A multi-line TextField: same label, hint and error wiring. */
export function TextArea({ label, hint, error, aside, labelClassName, id, className, rows = 3, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} aside={aside} labelClassName={labelClassName} className={className}>
      {(control) => <textarea {...control} rows={rows} className={controlClasses(error, "min-h-20 resize-y")} {...textarea} />}
    </FieldFrame>
  );
}
