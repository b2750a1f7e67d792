import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import { wireCodec } from "@/server/rules/wire-codec";

/**
 * One query client recipe for the server (a fresh one per request, to
 * prefetch) and the browser (one per tab, hydrated from the server's). Dates
 * cross the boundary intact in tRPC's wire format (server/rules/wire-codec.ts).
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Live events invalidate what changed; a focus or remount alone need not refetch.
      queries: { staleTime: 30_000, retry: 1 },
      dehydrate: {
        serializeData: wireCodec.serialize,
        // Queries still running when the page is sent stream in instead of being fetched again.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: wireCodec.deserialize },
    },
  });
}
