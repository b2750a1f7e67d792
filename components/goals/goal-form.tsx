"use client";

import { useId, useState } from "react";
import type { GoalKind, GoalPriority, PlanSide, Visibility } from "@/server/rules/enums";
import { formErrors, type FailureLike } from "@/components/form-errors";
import { GOAL_KIND_LABEL, PRIORITIES, PRIORITY_LABEL, PRIVATE_EXPLANATION } from "@/server/rules/labels";
import { GOAL_LIMITS } from "@/server/rules/limits";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Form } from "@/components/ui/form";
import { LockIcon } from "@/components/ui/icons";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";

export interface GoalFormValues {
  kind: GoalKind;
  text: string;
  detail: string;
  priority: GoalPriority;
  visibility: Visibility;
}

const FIELDS = ["kind", "text", "detail", "priority", "visibility"] as const;

/** Who else reads a shared goal, as each side puts it. */
const SHARED_EXPLANATION: Record<PlanSide, string> = {
  candidate: "Shared: the interviewing team sees this too.",
  organisation: "Shared: the candidate sees this too.",
};

interface GoalFormProps {
  side: PlanSide;
  /** The kinds offered; with one kind there is nothing to choose. */
  kinds: readonly GoalKind[];
  initial?: Partial<GoalFormValues>;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  failure: (FailureLike & object) | null;
  /** Shown in place of the form-level message, e.g. the conflict notice. */
  formNotice?: React.ReactNode;
  onSubmit: (values: GoalFormValues) => void;
  onCancel?: () => void;
  /** The label of the goal's text, e.g. "What do you want to establish?". */
  textLabel?: string;
  autoFocus?: boolean;
}

/** Adds or edits one goal: its kind, text, optional detail, priority and who may see it. */
export function GoalForm(props: GoalFormProps) {
  const { side, kinds, initial, submitLabel, pendingLabel, pending, failure, formNotice, onSubmit, onCancel, textLabel, autoFocus } = props;
  const [visibility, setVisibility] = useState<Visibility>(initial?.visibility ?? "shared");
  const errors = formErrors(failure, FIELDS);
  const radioName = useId();
  const fieldsetId = useId();

  return (
    <Form
      className="@container space-y-4"
      failure={failure}
      formError={formNotice ? undefined : errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onSubmit({
          kind: (String(data.get("kind") ?? "") || kinds[0]) as GoalKind,
          text: String(data.get("text") ?? ""),
          detail: String(data.get("detail") ?? ""),
          priority: String(data.get("priority") ?? "should") as GoalPriority,
          visibility,
        });
      }}
    >
      {formNotice}
      {kinds.length > 1 ? (
        <SelectField label="Kind of goal" name="kind" defaultValue={initial?.kind ?? kinds[0]} error={errors.fields.kind}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {GOAL_KIND_LABEL[kind]}
            </option>
          ))}
        </SelectField>
      ) : (
        <input type="hidden" name="kind" value={kinds[0]} />
      )}
      <TextField
        label={textLabel ?? "Goal"}
        name="text"
        defaultValue={initial?.text ?? ""}
        maxLength={GOAL_LIMITS.text}
        required
        autoFocus={autoFocus}
        autoComplete="off"
        error={errors.fields.text}
      />
      <TextArea
        label={
          <>
            Detail <span className="font-normal text-slate-500">(optional)</span>
          </>
        }
        name="detail"
        rows={2}
        maxLength={GOAL_LIMITS.detail}
        defaultValue={initial?.detail ?? ""}
        error={errors.fields.detail}
      />
      <div className="grid gap-4 @lg:grid-cols-2">
        <SelectField label="Priority" name="priority" defaultValue={initial?.priority ?? "should"} error={errors.fields.priority}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABEL[p]}
            </option>
          ))}
        </SelectField>
        <fieldset aria-describedby={`${fieldsetId}-hint`}>
          <legend className="text-sm font-medium text-slate-800">Who can see it</legend>
          <div className="mt-1.5 flex gap-2">
            {(["shared", "private"] as const).map((v) => (
              <label
                key={v}
                className={cx(
                  "flex min-h-11 flex-1 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm font-medium sm:min-h-10",
                  visibility === v ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                <input
                  type="radio"
                  name={radioName}
                  value={v}
                  checked={visibility === v}
                  onChange={() => setVisibility(v)}
                  className="size-4 accent-brand-600"
                />
                {v === "private" && <LockIcon className="size-3.5" />}
                {v === "shared" ? "Shared" : "Private"}
              </label>
            ))}
          </div>
          <p id={`${fieldsetId}-hint`} className="mt-1.5 text-sm text-slate-600">
            {visibility === "private" ? `${PRIVATE_EXPLANATION[side]}.` : SHARED_EXPLANATION[side]}
          </p>
          {errors.fields.visibility && <p className="mt-1 text-sm font-medium text-red-700">{errors.fields.visibility}</p>}
        </fieldset>
      </div>
      <div className="flex flex-col-reverse gap-2 @sm:flex-row @sm:justify-end">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        )}
        <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
