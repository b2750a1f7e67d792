"use client";

import { useEffect, useId, useRef, useState } from "react";
import { controlClasses } from "@/components/ui/field-parts";
import { PLAN_LIMITS } from "@/server/rules/limits";

const SEARCH_DELAY_MS = 300;

export interface SearchBoxProps {
  /** The search in the address. */
  value: string;
  onSearch: (q: string) => void;
}

/** Searches as the recruiter types, once they pause; Enter searches at once. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Back/Forward (or "Clear") changed the address: show what it says, unless that is what is being typed.
  if (value !== shown) {
    setShown(value);
    if (text.trim() !== value) setText(value);
  }
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === value) return;
    const timer = setTimeout(() => latest.current(trimmed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div role="search" className="min-w-0 flex-1 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Search
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={PLAN_LIMITS.search}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onSearch(text.trim());
          }
        }}
        placeholder="Candidate, role or company"
        autoComplete="off"
        className={controlClasses(undefined)}
      />
    </div>
  );
}
