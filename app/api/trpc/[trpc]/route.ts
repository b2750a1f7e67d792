import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { MAX_BATCH_CALLS } from "@/server/rules/limits";
import { createRequestContext } from "@/server/api/context";
import { isSameOrigin } from "@/server/api/origin";
import { appRouter } from "@/server/api/root";
import { withBodyLimit } from "@/server/http/body-limit";

async function handler(req: NextRequest) {
  // tRPC mutations are POSTs that Auth.js's CSRF token does not cover: refuse other origins.
  if (req.method === "POST" && !isSameOrigin(req.headers))
    return privately(Response.json({ error: "Cross-origin request refused." }, { status: 403 }));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Refused with BAD_REQUEST while the request is parsed, before any procedure runs.
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: ({ resHeaders }) => createRequestContext({ headers: req.headers, resHeaders }),
  });
  return privately(response);
}

/**
 * Every answer is about the caller (or refuses them): no cache may keep it.
 * A live subscription's event stream is also not to be transformed: a
 * compressing proxy, or `next start`'s own gzip, would hold events back to
 * fill its buffer.
 */
function privately(response: Response): Response {
  const eventStream = response.headers.get("Content-Type")?.startsWith("text/event-stream");
  response.headers.set("Cache-Control", eventStream ? "no-store, no-transform" : "no-store");
  return response;
}

const limited = withBodyLimit(handler);
export { limited as GET, limited as POST };
