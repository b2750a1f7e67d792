"use client";

import { useState, type ReactNode } from "react";
import { NOTE_LIMIT } from "@/server/rules/limits";
import { PrivateBadge } from "@/components/goals/private-badge";
import { useConflictDraft } from "@/components/ui/conflict-draft";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { SaveStatus, type SaveState } from "@/components/ui/save-status";
import { TextArea } from "@/components/ui/text-area";

/** A saved note as the cache holds it; `version` is null for a note not written yet. */
export interface SavedNote {
  text: string;
  version: number | null;
}

interface AutosaveNoteProps {
  label: ReactNode;
  hint?: ReactNode;
  saved: SavedNote;
  /** Resolves when the server has the text (with the note's new version, when it has one); a rejection is shown under the field. */
  save: (text: string, expectedVersion: number | null) => Promise<{ version?: number } | unknown>;
  disabled?: boolean;
  placeholder?: string;
  rows?: number;
}

const NOT_WRITTEN = -1;
const toDraft = (note: SavedNote) => ({ values: { text: note.text }, version: note.version ?? NOT_WRITTEN });
const versionOf = (result: unknown) => (result as { version?: unknown } | null)?.version;

/**
 * A private note saved when the field loses focus, with "Saving…", "Saved"
 * or the failure next to it. What the reader types stays theirs: a newer
 * version arriving (another tab) replaces the text only while nothing is
 * unsaved, and a save it makes stale shows the conflict view.
 */
export function AutosaveNote({ label, hint, saved, save, disabled, placeholder, rows = 3 }: AutosaveNoteProps) {
  const draft = useConflictDraft(toDraft(saved));
  const [value, setValue] = useState(saved.text);
  const [seen, setSeen] = useState(saved.version);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | undefined>();
  const dirty = value !== draft.base.text;
  if (saved.version !== seen && state !== "saving" && !draft.conflict && !dirty) {
    setSeen(saved.version);
    setValue(saved.text);
    draft.saved({ text: saved.text }, saved.version ?? NOT_WRITTEN);
  }

  const commit = async (text: string, expectedVersion: number) => {
    setState("saving");
    setError(undefined);
    try {
      const result = await save(text, expectedVersion === NOT_WRITTEN ? null : expectedVersion);
      const version = versionOf(result);
      draft.saved({ text }, typeof version === "number" ? version : expectedVersion);
      setState("saved");
    } catch (failure) {
      setState("error");
      if (!draft.hold(failure, { text }))
        setError(`${failure instanceof Error ? failure.message : "Your note could not be saved."} Your text is still here.`);
    }
  };

  return (
    <div className="space-y-2">
      <TextArea
        label={label}
        hint={hint}
        aside={
          <span className="flex items-center gap-2">
            <SaveStatus state={state} />
            {error && (
              <button type="button" onClick={() => void commit(value, draft.expectedVersion)} className="rounded text-sm font-medium text-brand-700 underline underline-offset-2">
                Try again
              </button>
            )}
            <PrivateBadge label="Private" />
          </span>
        }
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          if (state === "saved") setState("idle");
        }}
        onBlur={() => {
          if (dirty && state !== "saving" && !draft.conflict) void commit(value, draft.expectedVersion);
        }}
        disabled={disabled}
        placeholder={placeholder}
        rows={rows}
        maxLength={NOTE_LIMIT}
        error={error}
      />
      {draft.conflict && (
        <ConflictNotice
          what="this note"
          ready={draft.ready}
          pending={state === "saving"}
          rows={draft.changes.map((c) => ({ label: "Note", latest: c.latest || <em>empty</em>, mine: c.mine || <em>empty</em> }))}
          onReapply={() => {
            const next = draft.reapply();
            void commit(value, next.expectedVersion);
          }}
          onDiscard={() => {
            draft.discard();
            setState("idle");
            setSeen(saved.version);
            setValue(saved.text);
          }}
        />
      )}
    </div>
  );
}
