import type { MeetingFormat } from "./enums";
import { FORMAT_LABEL_FOR_CANDIDATE, JOINING_NOTES_LABEL, LOCATION_LABEL } from "./labels";

/** Where and how the candidate joins the meeting: what their calendar's LOCATION and description show. */
export interface MeetingPlace {
  format: MeetingFormat;
  location: string;
  joiningNotes: string;
}

export function meetingPlaceOf(m: MeetingPlace): MeetingPlace {
  return { format: m.format, location: m.location, joiningNotes: m.joiningNotes };
}

export function isPlaceChanged(before: MeetingPlace, after: MeetingPlace): boolean {
  return before.format !== after.format || before.location !== after.location || before.joiningNotes !== after.joiningNotes;
}

/** A field's value on one line, or "none" for an empty one. */
const shown = (value: string) => value.replace(/\s+/g, " ").trim() || "none";
const quoted = (value: string) => (value.trim() ? `“${shown(value)}”` : "none");

/**
 * What changed, one line each, in the words the candidate's page uses: "Format: Video call → On site",
 * "Address: 20 Canal St → 1 Quay St". A new format names its own kind of place, since the old one no
 * longer applies (a video link is not an address).
 */
export function placeChanges(before: MeetingPlace, after: MeetingPlace): string[] {
  const lines: string[] = [];
  const sameFormat = before.format === after.format;
  if (!sameFormat) lines.push(`Format: ${FORMAT_LABEL_FOR_CANDIDATE[before.format]} → ${FORMAT_LABEL_FOR_CANDIDATE[after.format]}`);
  if (before.location !== after.location)
    lines.push(
      sameFormat
        ? `${LOCATION_LABEL[after.format]}: ${shown(before.location)} → ${shown(after.location)}`
        : `${LOCATION_LABEL[after.format]}: ${shown(after.location)}`,
    );
  if (before.joiningNotes !== after.joiningNotes)
    lines.push(`${JOINING_NOTES_LABEL[after.format]}: ${quoted(before.joiningNotes)} → ${quoted(after.joiningNotes)}`);
  return lines;
}
