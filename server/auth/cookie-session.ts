import { getToken } from "next-auth/jwt";

/**
 * The session id inside the Auth.js cookie a request carries, or null. The id
 * lives only in the encrypted cookie, never in anything the browser can
 * read. Auth.js names the cookie `__Secure-…` over HTTPS and without the
 * prefix otherwise; the secure one wins when both are present.
 */
export async function sessionIdInCookie(headers: Headers, secret: string): Promise<string | null> {
  const req = { headers: { cookie: headers.get("cookie") ?? "" } };
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req, secret, secureCookie });
    if (typeof token?.sid === "string") return token.sid;
  }
  return null;
}
