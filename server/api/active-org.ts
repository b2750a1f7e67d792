/** Cookie naming the organisation a recruiter last chose. A preference, never an authorization. */
export const ACTIVE_ORG_COOKIE = "sr-org";

export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}
