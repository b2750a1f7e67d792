"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/components/trpc";
import { planParts } from "@/server/rules/live";
import { isStaleAfter } from "./plan-queries";

/**
 * Keeps this plan's queries current while the page is open: each live event
 * names the parts that changed (never their content) and the queries about
 * them are re-read through the ordinary procedures. The stream's first event
 * (no parts) re-reads the plan once: the page was rendered before the stream
 * was listening, and a change in between would otherwise be missed. After a
 * reconnect the server's catch-up names every part. Renders nothing; mount
 * once per plan page.
 */
export function PlanLive({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.live.plan.subscriptionOptions(
      { planId },
      {
        onData: ({ data }) => {
          const parts = data.parts.length ? data.parts : planParts;
          void queryClient.invalidateQueries({ predicate: isStaleAfter(planId, parts) });
        },
      },
    ),
  );
  return null;
}
