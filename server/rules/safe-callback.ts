/**
 * Where to go after signing in, given what the link or form asked for: a path
 * on `origin`, or `fallback`. Browser-safe, for the sign-in page, its forms and
 * Auth.js's redirect callback alike.
 *
 * The URL parser decides, as the browser will: "//evil.example",
 * "/\evil.example" and "https://evil.example" name another origin. Control
 * characters and backslashes are refused outright, raw or percent-encoded,
 * since parsers drop tabs and newlines ("/\t/evil.example" is "//evil.example")
 * and a value decoded once more on the way would become one.
 */
export function safeCallbackPath(raw: unknown, origin: string, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || raw === "") return fallback;
  if (/[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example": a path that a Location header would send elsewhere.
  return path.startsWith("//") ? fallback : path;
}
