"use client";

import { useState } from "react";
import { errorCode } from "@/components/form-errors";

/** The editable fields of one record, as an editor submits them. */
export type DraftValues<V> = { [K in keyof V]: string | number | boolean | null };

/** A record as the cache holds it: its editable values and the version they belong to. */
export interface Versioned<V extends DraftValues<V>> {
  values: V;
  version: number;
}

export interface DraftChange<V extends DraftValues<V>> {
  field: keyof V & string;
  latest: V[keyof V];
  mine: V[keyof V];
}

const fieldsOf = <V extends DraftValues<V>>(values: V) => Object.keys(values) as (keyof V & string)[];

function editedFields<V extends DraftValues<V>>(base: V, draft: V): Partial<V> {
  return Object.fromEntries(fieldsOf(draft).filter((key) => base[key] !== draft[key]).map((key) => [key, draft[key]])) as Partial<V>;
}

/** The latest values with only the fields the user changed (from `base`, what they opened) laid on top. */
export function reapplyOnto<V extends DraftValues<V>>(base: V, draft: V, latest: V): V {
  return { ...latest, ...editedFields(base, draft) };
}

/** Where the latest version and the user's draft differ, field by field. */
export function draftChanges<V extends DraftValues<V>>(draft: V, latest: V): DraftChange<V>[] {
  return fieldsOf(draft)
    .filter((field) => latest[field] !== draft[field])
    .map((field) => ({ field, latest: latest[field], mine: draft[field] }));
}

/**
 * Keeps an edit that the server refused with CONFLICT (someone saved first).
 * The editor saves with `expectedVersion`, the version it opened at, so a
 * change made meanwhile is never overwritten unseen. After a refusal the draft
 * is held; once the refetched record arrives (`latest`, read from the cache),
 * `changes` lists where it and the draft differ, and `reapply()` gives the
 * latest values with only the fields this user edited laid on top — both
 * people's intents survive. `discard()` drops the draft.
 */
export function useConflictDraft<V extends DraftValues<V>>(latest: Versioned<V>) {
  const [base, setBase] = useState(latest);
  const [draft, setDraft] = useState<V | null>(null);

  const hold = (error: unknown, values: V): boolean => {
    if (errorCode(error) !== "CONFLICT") return false;
    setDraft(values);
    return true;
  };

  const merged = draft ? reapplyOnto(base.values, draft, latest.values) : null;
  const changes = draft ? draftChanges(draft, latest.values) : [];

  const settleOn = (record: Versioned<V>) => {
    setBase(record);
    setDraft(null);
  };

  return {
    /** The version this editor's save names. */
    expectedVersion: base.version,
    /** The values that version holds, to tell an unsaved edit from a saved one. */
    base: base.values,
    /** A save went through: later saves start from it. */
    saved: (values: V, version: number) => settleOn({ values, version }),
    conflict: draft !== null,
    /** The refetched record has arrived, so there is something newer to re-apply onto. */
    ready: draft !== null && latest.version !== base.version,
    changes,
    hold,
    /** The values and version to save again: the latest record plus this user's edits. */
    reapply: (): { values: V; expectedVersion: number } => {
      const values = merged ?? latest.values;
      settleOn(latest);
      return { values, expectedVersion: latest.version };
    },
    discard: () => settleOn(latest),
  };
}
