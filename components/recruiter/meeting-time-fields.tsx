import { TextField } from "@/components/ui/text-field";
import { DurationField } from "./duration-field";
import type { PlanFormErrors } from "./plan-form-errors";
import type { PlanFormValues } from "./plan-form-state";
import { TimeZoneField } from "./time-zone-field";
import type { SetPlanField } from "./use-plan-draft";
import { YourTimeHint } from "./your-time-hint";

export interface MeetingTimeFieldsProps {
  values: PlanFormValues;
  set: SetPlanField;
  errors: PlanFormErrors["meeting"];
  /** The meeting's zone: the chosen one, or the browser's own on a new plan. */
  timeZone: string;
}

/** When the meeting is, on its own clock, and for how long. */
export function MeetingTimeFields({ values, set, errors, timeZone }: MeetingTimeFieldsProps) {
  return (
    <div className="space-y-2">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1.3fr_0.8fr]">
        <TextField
          label="Date and time"
          name="startsAtLocal"
          type="datetime-local"
          value={values.startsAtLocal}
          onChange={(e) => set("startsAtLocal", e.target.value)}
          error={errors.startsAtLocal}
        />
        <TimeZoneField value={timeZone} onChange={(zone) => set("timeZone", zone)} error={errors.timeZone} />
        <DurationField value={values.durationMinutes} onChange={(m) => set("durationMinutes", m)} error={errors.durationMinutes} />
      </div>
      <YourTimeHint local={values.startsAtLocal} zone={timeZone} />
    </div>
  );
}
