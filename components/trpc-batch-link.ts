import { MAX_BATCH_CALLS } from "@/server/rules/limits";
import { wireCodec } from "@/server/rules/wire-codec";

/**
 * How the browser batches its queries and mutations: at most MAX_BATCH_CALLS
 * calls per request, the ceiling the server refuses beyond
 * (app/api/trpc/[trpc]/route.ts), so a busy page splits its calls instead of
 * being refused.
 */
export const batchLinkOptions = { url: "/api/trpc", transformer: wireCodec, maxItems: MAX_BATCH_CALLS };
