"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/components/trpc";
import { isNotificationQuery, isStaleAfter } from "./plan-queries";

/**
 * The signed-in user's own live stream: new notifications (the bell) and
 * changes to the plans they follow (the dashboard's stage and preparation
 * counts). Each event invalidates the queries it makes stale; a catch-up
 * after a reconnect invalidates all of them.
 */
export function useMeLive(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const plansList = trpc.plan.list.pathKey();
  const interviewsList = trpc.interview.list.pathKey();
  useSubscription(
    trpc.live.me.subscriptionOptions(
      {},
      {
        onData: ({ data }) => {
          switch (data.kind) {
            case "ready":
              return;
            case "notifications":
              void queryClient.invalidateQueries({ predicate: isNotificationQuery });
              return;
            case "plan":
              void queryClient.invalidateQueries({ predicate: isStaleAfter(data.planId, data.parts) });
              return;
            case "catchUp":
              void queryClient.invalidateQueries({ predicate: isNotificationQuery });
              void queryClient.invalidateQueries({ queryKey: plansList });
              void queryClient.invalidateQueries({ queryKey: interviewsList });
              return;
          }
        },
      },
    ),
  );
}
