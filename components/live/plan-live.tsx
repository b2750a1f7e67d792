"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/components/trpc";
import { isStaleAfter } from "./plan-queries";

/**
 * Keeps this plan's queries current while the page is open: each live event
 * names the parts that changed (never their content) and the queries about
 * them are re-read through the ordinary procedures. After a reconnect the
 * server sends a catch-up naming every part. Renders nothing; mount once per
 * plan page.
 */
export function PlanLive({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.live.plan.subscriptionOptions(
      { planId },
      {
        onData: ({ data }) => {
          if (data.parts.length) void queryClient.invalidateQueries({ predicate: isStaleAfter(planId, data.parts) });
        },
      },
    ),
  );
  return null;
}
