import type { MeetingFormat } from "@/server/rules/enums";
import { FORMATS, FORMAT_LABEL, JOINING_NOTES_LABEL, LOCATION_HINT, LOCATION_LABEL } from "@/server/rules/labels";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { ChoiceGroup } from "./choice-group";
import type { PlanFormErrors } from "./plan-form-errors";
import type { PlanFormValues } from "./plan-form-state";
import type { SetPlanField } from "./use-plan-draft";

export interface MeetingPlaceFieldsProps {
  values: PlanFormValues;
  set: SetPlanField;
  errors: PlanFormErrors["meeting"];
}

/** Each format's "where" field: an address, a call link or a phone number. */
const LOCATION_INPUT: Record<MeetingFormat, { type: string; inputMode?: "url"; placeholder?: string; autoComplete: string }> = {
  on_site: { type: "text", autoComplete: "street-address" },
  video: { type: "url", inputMode: "url", placeholder: "https://", autoComplete: "off" },
  phone: { type: "text", autoComplete: "off" },
};

const JOINING_NOTES_HINT: Record<MeetingFormat, string> = {
  on_site: "Reception, parking, what to bring.",
  video: "Anything to install or test beforehand, who starts the call.",
  phone: "Anything to install or test beforehand, who starts the call.",
};

/** How the meeting happens, where, and what to know to join it. */
export function MeetingPlaceFields({ values, set, errors }: MeetingPlaceFieldsProps) {
  const format = values.format;
  const location = {
    label: LOCATION_LABEL[format],
    name: "location",
    hint: LOCATION_HINT[format],
    value: values.location,
    error: errors.location,
    maxLength: PLAN_LIMITS.location,
  };
  return (
    <>
      <ChoiceGroup<MeetingFormat>
        legend="Format"
        name="format"
        value={format}
        options={FORMATS.map((f) => ({ value: f, label: FORMAT_LABEL[f] }))}
        onChange={(next) => set("format", next)}
        error={errors.format}
      />
      {format === "phone" ? (
        <TextArea {...location} rows={2} onChange={(e) => set("location", e.target.value)} />
      ) : (
        <TextField {...location} {...LOCATION_INPUT[format]} onChange={(e) => set("location", e.target.value)} />
      )}
      <TextArea
        label={`${JOINING_NOTES_LABEL[format]} (optional)`}
        name="joiningNotes"
        hint={JOINING_NOTES_HINT[format]}
        value={values.joiningNotes}
        onChange={(e) => set("joiningNotes", e.target.value)}
        error={errors.joiningNotes}
        maxLength={PLAN_LIMITS.joiningNotes}
      />
    </>
  );
}
