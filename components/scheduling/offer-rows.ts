/** The lengths a time offered may have, in minutes. */
export const LENGTHS = [30, 45, 60, 75, 90, 120, 150, 180, 240];

export interface Row {
  key: number;
  startsAtLocal: string;
  durationMinutes: number;
}

let nextKey = 0;
const emptyRow = (durationMinutes: number): Row => ({ key: nextKey++, startsAtLocal: "", durationMinutes });

/** A fresh offer: three empty times, each of the meeting's length. */
export const freshRows = (durationMinutes: number): Row[] => [emptyRow(durationMinutes), emptyRow(durationMinutes), emptyRow(durationMinutes)];

/** One more empty time. */
export const addRow = (rows: Row[], durationMinutes: number): Row[] => [...rows, emptyRow(durationMinutes)];
