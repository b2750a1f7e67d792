import type { Route } from "next";

/**
 * Only same-site paths may be followed after sign-in; anything else (another
 * host, "//evil.example", "/\evil.example") would make the form an open redirect.
 */
export function safeCallbackUrl(raw: unknown, fallback: Route = "/dashboard"): Route {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw as Route;
}
