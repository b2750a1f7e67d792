import type { ComponentProps } from "react";
import { FieldFrame, controlClasses, type FieldProps } from "./field-parts";

type TextFieldProps = Omit<ComponentProps<"input">, keyof FieldProps> & FieldProps & { name: string };

export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} className={controlClasses(error)} {...input} />}
    </FieldFrame>
  );
}
