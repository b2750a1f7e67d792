/** Cookie naming the organisation a recruiter last chose. A preference, never an authorization. */
export const ACTIVE_ORG_COOKIE = "sr-org";

/**
 * A cookie's value, or null when absent. A value that is not valid percent-encoding
 * (a stray "%") counts as absent: throwing here would fail every call from that browser.
 */
export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodePercentEncoded(rest.join("="));
  }
  return null;
}

function decodePercentEncoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
