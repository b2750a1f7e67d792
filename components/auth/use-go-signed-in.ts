"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/**
 * Moves to a page after the session cookie changed. The refresh re-renders the
 * shared header too, and the transition keeps the button busy until the page is there.
 */
export function useGoSignedIn() {
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  const go = (to: Route) =>
    startTransition(() => {
      router.push(to);
      router.refresh();
    });
  return { go, navigating };
}
