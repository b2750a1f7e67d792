import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/api/context";
import { isSameOrigin } from "@/server/api/origin";
import { appRouter } from "@/server/api/root";

function handler(req: Request) {
  // tRPC mutations are POSTs that Auth.js's CSRF token does not cover: refuse other origins.
  if (req.method === "POST" && !isSameOrigin(req.headers))
    return Response.json({ error: "Cross-origin request refused." }, { status: 403 });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createRequestContext({ headers: req.headers, resHeaders }),
  });
}

export { handler as GET, handler as POST };
