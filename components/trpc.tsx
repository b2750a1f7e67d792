"use client";

import { type QueryClient, QueryClientProvider, isServer } from "@tanstack/react-query";
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  loggerLink,
  retryLink,
  splitLink,
  type TRPCClientErrorLike,
} from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import type { AppRouter } from "@/server/api/root";
import { makeQueryClient } from "./query-client";
import { batchLinkOptions } from "./trpc-batch-link";
import { wireCodec } from "@/server/rules/wire-codec";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** A refusal (signed out, not a member any more, bad input) stays a refusal; anything else is a connection to re-open. */
const FINAL_CODES = new Set(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"]);
const shouldResubscribe = ({ error }: { error: TRPCClientErrorLike<AppRouter> }) =>
  !FINAL_CODES.has(error.data?.code ?? "");
/** 1 s, 2 s, 4 s … at most 10 s between attempts, so a restarting server is not stampeded. */
const resubscribeDelayMs = (attempt: number) => Math.min(10_000, 1000 * 2 ** (attempt - 1));

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Development only: the condition is decided at build time, so production bundles leave the logger out.
        ...(process.env.NODE_ENV === "development"
          ? [loggerLink({ enabled: (op) => op.direction === "down" && op.result instanceof Error })]
          : []),
        splitLink({
          condition: (op) => op.type === "subscription",
          // Server-sent events; the browser's EventSource reconnects by itself after a dropped connection,
          // and retryLink starts a new one (from the last event id) when the stream failed for good.
          true: [
            retryLink({ retry: shouldResubscribe, retryDelayMs: resubscribeDelayMs }),
            httpSubscriptionLink({ url: "/api/trpc", transformer: wireCodec }),
          ],
          false: httpBatchLink(batchLinkOptions),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
