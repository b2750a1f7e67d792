"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/components/trpc";
import { isStaleAfter } from "./plan-queries";

/**
 * Keeps this plan's queries current while the page is open: each live event
 * names the parts that changed (never their content) and the queries about
 * them are re-read through the ordinary procedures. `renderedFrom` says what
 * the page was rendered from: the stream opens with nothing to re-read when
 * the plan is unchanged since, and with every part when it changed before
 * the stream was listening. After a reconnect the server's catch-up names
 * every part. Renders nothing; mount once per plan page.
 */
export function PlanLive({ planId, renderedFrom }: { planId: string; renderedFrom: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.live.plan.subscriptionOptions(
      { planId, renderedFrom },
      {
        onData: ({ data }) => {
          if (data.parts.length) void queryClient.invalidateQueries({ predicate: isStaleAfter(planId, data.parts) });
        },
      },
    ),
  );
  return null;
}
