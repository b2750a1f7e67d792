"use client";

import { useEffect } from "react";

/**
 * Rendered once in the root layout: its effect runs when the page has hydrated, and tells the inline script
 * (early-taps-script.tsx) to replay the tap it held. The script keeps the logic, so it costs the page's
 * JavaScript nothing but this call.
 */
export function EarlyTapsReplay() {
  useEffect(() => (window as { __earlyTaps?: () => void }).__earlyTaps?.(), []);
  return null;
}
