"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTRPC } from "@/components/trpc";
import { isNotificationQuery, isStaleAfter } from "./plan-queries";

/**
 * The signed-in user's own live stream: new notifications (the bell) and
 * changes to the plans they follow (the dashboard's stage and preparation
 * counts). Each event invalidates the queries it makes stale; the first
 * event and a catch-up after a reconnect invalidate all of them. Several components may call it
 * (the bell, the dashboard): the tab still opens one stream.
 */
export function useMeLive(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const owner = useIsStreamOwner();
  const plansList = trpc.plan.list.pathKey();
  const interviewsList = trpc.interview.list.pathKey();
  useSubscription(
    trpc.live.me.subscriptionOptions(
      {},
      {
        enabled: owner,
        onData: ({ data }) => {
          switch (data.kind) {
            case "notifications":
              void queryClient.invalidateQueries({ predicate: isNotificationQuery });
              return;
            case "plan":
              void queryClient.invalidateQueries({ predicate: isStaleAfter(data.planId, data.parts) });
              return;
            // The first event, like a catch-up after a reconnect: what was read before the stream listened may be stale.
            case "ready":
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

/** The mounted callers of useMeLive, oldest first: the oldest holds the stream; when it unmounts, the next takes over. */
const callers: symbol[] = [];
const listeners = new Set<() => void>();
const onCallersChange = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function useIsStreamOwner(): boolean {
  const [me] = useState(() => Symbol("useMeLive"));
  useEffect(() => {
    callers.push(me);
    for (const listener of listeners) listener();
    return () => {
      callers.splice(callers.indexOf(me), 1);
      for (const listener of listeners) listener();
    };
  }, [me]);
  return useSyncExternalStore(onCallersChange, () => callers[0] === me, () => false);
}
