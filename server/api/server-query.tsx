import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { makeQueryClient } from "@/components/query-client";
import { createRequestContext } from "./context";
import { appRouter } from "./root";

/** The request's query client: what a page prefetches here is what its client components read first. */
export const getQueryClient = cache(makeQueryClient);

/**
 * The same query options as the browser's `useTRPC()`, run in-process: a page
 * awaits `getQueryClient().fetchQuery(trpc.x.y.queryOptions(input))` (or
 * prefetches), then wraps its client components in <HydrateClient>.
 */
export const trpc = createTRPCOptionsProxy({
  ctx: async () => createRequestContext({ headers: await headers() }),
  router: appRouter,
  queryClient: getQueryClient,
});

/** Sends the request's prefetched queries to the browser's cache: the page is complete on first paint. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
