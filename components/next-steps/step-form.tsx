"use client";

import type { ReactNode } from "react";
import type { PlanSide, StepOwner } from "@/server/rules/enums";
import { formErrors, type FailureLike } from "@/components/form-errors";
import { todayIso } from "@/server/rules/format";
import { STEP_OWNERS, ownerLabelFor } from "@/server/rules/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { STEP_DESCRIPTION_LIMIT } from "@/server/rules/limits";

export interface StepValues {
  description: string;
  owner: StepOwner;
  dueOn: string | null;
}

interface StepFormProps {
  /** Distinguishes the inputs of several forms on one page. */
  idPrefix: string;
  mySide: PlanSide;
  initial: StepValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  failure: FailureLike | null;
  /** Shown above the fields: a warning, or where a prefilled step came from. */
  notice?: ReactNode;
  onSubmit: (values: StepValues) => void;
  onCancel: () => void;
  descriptionRef?: React.Ref<HTMLTextAreaElement>;
}

const FIELDS = ["description", "owner", "dueOn"] as const;

/** Description, owner and optional due date: the same form proposes a step and edits one. */
export function StepForm(props: StepFormProps) {
  const { idPrefix, mySide, initial, submitLabel, pendingLabel, pending, failure, notice, onSubmit, onCancel, descriptionRef } = props;
  const errors = formErrors(failure, FIELDS);
  return (
    <Form
      failure={failure}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const due = String(data.get("dueOn") ?? "").trim();
        onSubmit({
          description: String(data.get("description") ?? ""),
          owner: String(data.get("owner") ?? "") as StepOwner,
          dueOn: due || null,
        });
      }}
    >
      {notice}
      {errors.form && <Alert>{errors.form}</Alert>}
      <TextArea
        ref={descriptionRef}
        id={`${idPrefix}-description`}
        label="What happens next"
        name="description"
        rows={2}
        maxLength={STEP_DESCRIPTION_LIMIT}
        required
        defaultValue={initial.description}
        hint="One concrete action, e.g. “Send the written offer” or “Reference check with my last manager”."
        error={errors.fields.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${idPrefix}-owner`}
          label="Who does it"
          name="owner"
          defaultValue={initial.owner}
          error={errors.fields.owner}
        >
          {STEP_OWNERS.map((owner) => (
            <option key={owner} value={owner}>
              {ownerLabelFor(owner, mySide)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${idPrefix}-due`}
          label="Due date (optional)"
          name="dueOn"
          type="date"
          min={todayIso()}
          defaultValue={initial.dueOn ?? ""}
          error={errors.fields.dueOn}
        />
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
