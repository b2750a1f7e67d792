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

/** Every answer is about the caller (or refuses them): no cache may keep it. */
function privately(response: Response): Response {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

const limited = withBodyLimit(handler);
export { limited as GET, limited as POST };
