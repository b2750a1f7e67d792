"use client";

import { formErrors, type FailureLike } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

interface NumberSettingFormProps {
  /** The field's name, as the procedure's input names it (its errors come back under it). */
  name: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  value: number;
  submitLabel: string;
  pending: boolean;
  failure: FailureLike | null;
  /** An empty field is sent as NaN: the server answers with the field's own message. */
  onSave: (value: number) => void;
}

/** An organisation setting that is one whole number (admins only): a field, its limits, and a save button. */
export function NumberSettingForm({ name, label, hint, min, max, value, submitLabel, pending, failure, onSave }: NumberSettingFormProps) {
  const errors = formErrors(failure, [name]);
  return (
    <Form
      failure={failure}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const raw = String(new FormData(event.currentTarget).get(name) ?? "");
        onSave(raw.trim() === "" ? Number.NaN : Number(raw));
      }}
    >
      <TextField
        label={label}
        hint={hint}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        defaultValue={value}
        className="max-w-xs"
        error={errors.fields[name]}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        {submitLabel}
      </Button>
    </Form>
  );
}
