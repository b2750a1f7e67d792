import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * The session cookie is `<session token>.<HMAC-SHA256 tag>`: the token is
 * 256 random bits naming a `sessions` row, which every request checks, so the
 * cookie needs no expiry or claims of its own, only proof that this server
 * issued it. The tag key is derived once per secret and process (Auth.js's
 * JWE re-derives its key with HKDF on every decode). The cookie name is part
 * of the signed text, so a value cannot be moved from one cookie to another.
 */

const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "", "second-round session cookie", 32));
    keys.set(secret, key);
  }
  return key;
}

function tag(secret: string, cookieName: string, sessionToken: string): string {
  return createHmac("sha256", keyFor(secret)).update(cookieName).update("\0").update(sessionToken).digest("base64url");
}

/** Session tokens are base64url (see createSession); anything else in a cookie is not ours. */
const SESSION_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
/** A SHA-256 tag in unpadded base64url; compared as text, so no other spelling of the same bytes passes. */
const TAG = /^[A-Za-z0-9_-]{43}$/;

export function signSessionToken(sessionToken: string, secret: string, cookieName: string): string {
  return `${sessionToken}.${tag(secret, cookieName, sessionToken)}`;
}

/**
 * The session token of a cookie value this server signed, or null for
 * anything else (tampered, truncated, signed with another secret, garbage).
 * Several secrets: the first signs, any verifies, so AUTH_SECRET can rotate.
 */
export function verifySessionCookie(value: string, secrets: string | string[], cookieName: string): string | null {
  const dot = value.indexOf(".");
  if (dot < 0) return null;
  const sessionToken = value.slice(0, dot);
  const given = value.slice(dot + 1);
  if (!SESSION_TOKEN.test(sessionToken) || !TAG.test(given)) return null;
  for (const secret of Array.isArray(secrets) ? secrets : [secrets])
    if (timingSafeEqual(Buffer.from(given), Buffer.from(tag(secret, cookieName, sessionToken)))) return sessionToken;
  return null;
}
