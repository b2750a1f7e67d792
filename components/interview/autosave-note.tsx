"use client";

import { useState, type ReactNode } from "react";
import { TextArea } from "@/components/ui/text-area";
import { PrivateBadge } from "./private-badge";
import { SaveStatus, type SaveState } from "./save-status";

interface AutosaveNoteProps {
  label: ReactNode;
  hint?: ReactNode;
  initial: string;
  /** Resolves when the server has the text; a rejection is shown under the field. */
  save: (text: string) => Promise<unknown>;
  disabled?: boolean;
  placeholder?: string;
  rows?: number;
}

/**
 * A private note saved when the field loses focus, with "Saving…", "Saved"
 * or the failure next to it. Unchanged text is not sent again.
 */
export function AutosaveNote({ label, hint, initial, save, disabled, placeholder, rows = 3 }: AutosaveNoteProps) {
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | undefined>();

  const commit = async () => {
    if (value === saved || state === "saving") return;
    setState("saving");
    setError(undefined);
    try {
      await save(value);
      setSaved(value);
      setState("saved");
    } catch (failure) {
      setState("error");
      setError(`${failure instanceof Error ? failure.message : "Your note could not be saved."} Your text is still here.`);
    }
  };

  return (
    <TextArea
      label={label}
      hint={hint}
      aside={
        <span className="flex items-center gap-2">
          <SaveStatus state={state} />
          {state === "error" && (
            <button type="button" onClick={() => void commit()} className="rounded text-sm font-medium text-brand-700 underline underline-offset-2">
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
      onBlur={() => void commit()}
      disabled={disabled}
      placeholder={placeholder}
      rows={rows}
      maxLength={5000}
      error={error}
    />
  );
}
