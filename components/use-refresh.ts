"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** Re-renders the server components of the page after a change; `refreshing` stays true until the new data is shown. */
export function useRefresh() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  return { refresh: () => startTransition(() => router.refresh()), refreshing };
}
