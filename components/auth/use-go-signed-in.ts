"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { safeCallbackPath } from "@/server/rules/safe-callback";

/**
 * Moves to a page after the session cookie changed. The refresh re-renders the
 * shared header too, and the transition keeps the button busy until the page is there.
 * The destination is checked again here, against the page's own origin.
 */
export function useGoSignedIn() {
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  const go = (to: Route) =>
    startTransition(() => {
      router.push(safeCallbackPath(to, window.location.origin) as Route);
      router.refresh();
    });
  return { go, navigating };
}
