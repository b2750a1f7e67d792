import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { signSessionToken, verifySessionCookie } from "./signed-cookie";

/**
 * Auth.js's session cookie names: `__Secure-…` over HTTPS, without the prefix
 * otherwise. The secure one comes first, so it wins when both are present.
 */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The session token a request's cookie carries, or null: the one place a
 * request reads its session cookie. The token lives only in the httpOnly
 * cookie; a value this server did not sign is no cookie at all.
 */
export function sessionTokenInCookie(headers: Headers, secret: string): string | null {
  const values = sessionCookieValues(headers.get("cookie"));
  for (const name of SESSION_COOKIE_NAMES) {
    const value = values.get(name);
    const sessionToken = value === undefined ? null : verifySessionCookie(value, secret, name);
    if (sessionToken) return sessionToken;
  }
  return null;
}

function sessionCookieValues(cookieHeader: string | null): Map<string, string> {
  const values = new Map<string, string>();
  for (const part of cookieHeader?.split(";") ?? []) {
    const eq = part.indexOf("=");
    const name = part.slice(0, eq).trim();
    // The first of two cookies of one name is the more specific one (RFC 6265, 5.4).
    if (eq > 0 && (SESSION_COOKIE_NAMES as readonly string[]).includes(name) && !values.has(name))
      values.set(name, part.slice(eq + 1).trim());
  }
  return values;
}

/**
 * What Auth.js writes into and reads from its session cookie in place of a
 * JWE: the signed session token and nothing else. Auth.js passes the cookie's
 * name as `salt`, and the secret (or secrets) from the config. Who the token
 * belongs to is read from its `sessions` row (the jwt callback), never from the cookie.
 */
export const sessionCookieCodec = {
  encode({ token, secret, salt }: JWTEncodeParams): string {
    if (typeof token?.sid !== "string") throw new Error("A session cookie needs a session token (sid).");
    return signSessionToken(token.sid, Array.isArray(secret) ? secret[0]! : secret, salt);
  },
  decode({ token, secret, salt }: JWTDecodeParams): JWT | null {
    const sid = token ? verifySessionCookie(token, secret, salt) : null;
    return sid ? { sid } : null;
  },
};
