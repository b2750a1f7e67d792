import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";
import { hasMalformedEscape } from "@/server/http/request-path";

/**
 * Response headers for every page (see the matcher below): a fresh CSP nonce, and
 * no caching (every page shows who is signed in, many show private plans, and
 * a cached page would carry a spent nonce). Nothing here decides who may see
 * what: authorization lives in the tRPC procedures, which every page and route uses.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce for its own scripts from the request's CSP header; the root layout reads x-nonce.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = hasMalformedEscape(request.nextUrl.pathname)
    ? malformedPathResponse(request, headers)
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** A path that cannot be decoded names nothing: API callers get a 400, people the app's not-found page. */
function malformedPathResponse(request: NextRequest, headers: Headers): NextResponse {
  if (request.nextUrl.pathname.startsWith("/api/"))
    return new NextResponse("Bad request: the URL has a malformed percent-escape.", { status: 400 });
  // No route starts with "_" (App Router private folders), so this renders app/not-found.tsx with a 404.
  return NextResponse.rewrite(new URL("/_malformed-path", request.url), { request: { headers } });
}

/**
 * Pages only, and API paths with a percent-escape (the one check API routes need from here):
 * running the proxy costs more than a whole tRPC query, and JSON answers need no nonce. API
 * routes get their no-store and their static policy from next.config.ts and their own handlers.
 */
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)", "/api/(.*%.*)"],
};
