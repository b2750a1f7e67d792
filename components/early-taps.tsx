"use client";

import { useEffect } from "react";

/** What early-taps-script.tsx leaves on window: the taps it held, and how to stop holding them. */
interface EarlyTaps {
  taps: HTMLElement[];
  release: () => void;
}

/** Rendered once in the root layout: its effect runs when the page has hydrated, and replays the last held tap. */
export function EarlyTapsReplay() {
  useEffect(() => {
    const early = (window as { __earlyTaps?: EarlyTaps }).__earlyTaps;
    if (!early) return;
    early.release();
    delete (window as { __earlyTaps?: EarlyTaps }).__earlyTaps;
    const last = early.taps.at(-1);
    if (last?.isConnected) last.click();
  }, []);
  return null;
}
