import { useMemo, useSyncExternalStore } from "react";
import { zoneLabel } from "@/server/rules/format";
import { SelectField } from "@/components/ui/select-field";
import { timeZoneOptions } from "./plan-form-state";

export interface TimeZoneFieldProps {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
}

const noSubscription = () => () => {};

/** The meeting's zone. The full list comes from the browser; the server renders only the chosen zone. */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const zones = useSyncExternalStore(noSubscription, browserZones, () => null);
  const options = useMemo(() => (zones ? zonesWith(zones, value) : [value]), [zones, value]);
  return (
    <SelectField label="Time zone" name="timeZone" value={value} onChange={(e) => onChange(e.target.value)} error={error}>
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zoneLabel(zone)}
        </option>
      ))}
    </SelectField>
  );
}

// Computed once per page load (useSyncExternalStore needs the same array on every call).
let zoneList: string[] | null = null;
const browserZones = () => (zoneList ??= timeZoneOptions([]));

function zonesWith(list: string[], value: string): string[] {
  return list.includes(value) ? list : timeZoneOptions([value]);
}
