import { durationLabel } from "@/server/rules/format";
import { SelectField } from "@/components/ui/select-field";

export interface DurationFieldProps {
  value: number;
  onChange: (minutes: number) => void;
  error?: string;
}

const DURATIONS = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 360, 420, 480];

/** The meeting's length; a length saved before the list changed stays selectable. */
export function DurationField({ value, onChange, error }: DurationFieldProps) {
  const options = DURATIONS.includes(value) ? DURATIONS : [...DURATIONS, value].sort((a, b) => a - b);
  return (
    <SelectField label="Duration" name="durationMinutes" value={String(value)} onChange={(e) => onChange(Number(e.target.value))} error={error}>
      {options.map((minutes) => (
        <option key={minutes} value={minutes}>
          {durationLabel(minutes)}
        </option>
      ))}
    </SelectField>
  );
}
