import { randomBytes } from "node:crypto";
import { encode, getToken } from "next-auth/jwt";
import { bench, describe } from "vitest";
import { sessionTokenInCookie } from "@/server/auth/cookie-session";
import { signSessionToken } from "@/server/auth/signed-cookie";

/**
 * Reading the session cookie, the CPU part of every request's session check
 * (the row lookup that follows is the same in both): Auth.js's JWE, which
 * derives its key with HKDF and decrypts on every read, against the signed
 * session token, whose key is derived once per process.
 */
const secret = "bench-secret-0123456789-abcdefghijklmnop";
const name = "authjs.session-token";
const sid = randomBytes(32).toString("base64url");
const otherCookies = "sr-org=6f1c2b8e-0000-4000-8000-000000000000; theme=dark";

const jwe = await encode({ token: { sub: "user", name: "A Name", email: "a@example.com", sid }, secret, salt: name });
const jweRequest = { headers: { cookie: `${otherCookies}; ${name}=${jwe}` } };
const signedHeaders = new Headers({ cookie: `${otherCookies}; ${name}=${signSessionToken(sid, secret, name)}` });

describe("session cookie check", () => {
  bench("before: next-auth/jwt getToken on a JWE (secure name, then plain)", async () => {
    for (const secureCookie of [true, false]) {
      const token = await getToken({ req: jweRequest, secret, secureCookie });
      if (token?.sid === sid) return;
    }
    throw new Error("the JWE should decode");
  });

  bench("after: HMAC-signed session token", () => {
    if (sessionTokenInCookie(signedHeaders, secret) !== sid) throw new Error("the signed cookie should verify");
  });
});
