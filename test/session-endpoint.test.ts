import { desc, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type * as AuthRoute from "@/app/api/auth/[...nextauth]/route";
import { sessions } from "@/db/schema";
import { createSession } from "@/server/auth/sessions";
import { signSessionToken } from "@/server/auth/signed-cookie";
import { issueSignInHandoff } from "@/server/domain/accounts";
import { env } from "@/server/env";
import { testDb, testDbHandle } from "./db";
import { createTestUser, TEST_PASSWORD } from "./users";

/**
 * The Auth.js route itself, called with real requests and real signed
 * cookies, as a browser calls it. The app's database is this worker's test
 * database (the route opens it through server/db.ts), so the route is
 * imported only once that is in place.
 */
const COOKIE = "authjs.session-token";
const BASE = "http://localhost:3000/api/auth";

let route: typeof AuthRoute;
beforeAll(async () => {
  const handle = await testDbHandle();
  (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle, demoSeeded: false });
  route = await import("@/app/api/auth/[...nextauth]/route");
}, 60_000);

/** The cookie Auth.js would have set at sign-in for this session row. */
function sessionCookie(sid: string, secret = env().AUTH_SECRET): string {
  return `${COOKIE}=${signSessionToken(sid, secret, COOKIE)}`;
}

async function getSession(cookie: string) {
  const response = await route.GET(new NextRequest(`${BASE}/session`, { headers: { cookie } }), undefined as never);
  return { response, text: await response.text() };
}

/** Set-Cookie values of a response, by cookie name. */
function setCookies(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((c) => [c.split("=")[0]!, c]));
}

describe("GET /api/auth/session", () => {
  it("tells the browser who is signed in and never the session id", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    const { response, text } = await getSession(sessionCookie(sid));
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ user: { name: user.name, email: user.email }, expires: expect.any(String) });
    expect(text).not.toContain(sid);
  });

  it("answers null, and clears the cookie, once the session row is gone", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    await db.delete(sessions).where(eq(sessions.sessionToken, sid));
    const { response, text } = await getSession(sessionCookie(sid));
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toBeNull();
    expect(setCookies(response).get(COOKIE)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  it("answers null for a session idle longer than SESSION_IDLE_DAYS", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const longAgo = new Date(Date.now() - (env().SESSION_IDLE_DAYS + 1) * 24 * 60 * 60_000);
    const sid = await createSession(db, user.id, longAgo);
    expect(JSON.parse((await getSession(sessionCookie(sid))).text)).toBeNull();
  });
});

describe("a session cookie this server did not sign", () => {
  /** Cookie values that must name no session, for a session row that does exist. */
  async function forgeries() {
    const db = await testDb();
    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    const genuine = signSessionToken(sid, env().AUTH_SECRET, COOKIE);
    const [token, tag] = genuine.split(".") as [string, string];
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
    return {
      sid,
      cookies: {
        "another session's tag": `${flip(token, 5)}.${tag}`,
        "a tampered tag": `${token}.${flip(tag, 10)}`,
        "another secret": signSessionToken(sid, "some-other-secret-0123456789-abcdefghij", COOKIE),
        "the secure cookie's value": signSessionToken(sid, env().AUTH_SECRET, `__Secure-${COOKIE}`),
        "a truncated value": genuine.slice(0, -3),
        "the bare token": sid,
        "an old encrypted cookie": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z",
        "a malformed escape": "%E0%A4%A",
        garbage: "\u00ff;;==..",
      },
    };
  }

  it("answers null, clears the cookie and never fails", async () => {
    const { sid, cookies } = await forgeries();
    for (const [what, value] of Object.entries(cookies)) {
      const { response, text } = await getSession(`${COOKIE}=${value}`);
      expect(response.status, what).toBe(200);
      expect(JSON.parse(text), what).toBeNull();
      expect(setCookies(response).get(COOKIE), what).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
      expect(text).not.toContain(sid);
    }
  });
});

describe("the cookie Auth.js sets", () => {
  it("holds only the signed session token, httpOnly and SameSite=Lax, Secure over HTTPS", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    for (const base of [BASE, BASE.replace("http:", "https:")]) {
      const secure = base.startsWith("https:");
      const name = secure ? `__Secure-${COOKIE}` : COOKIE;
      const response = await signInAt(base, "password", { email: user.email, password: TEST_PASSWORD }, "");
      const cookie = setCookies(response).get(name)!;
      const [row] = await db
        .select({ sessionToken: sessions.sessionToken })
        .from(sessions)
        .where(eq(sessions.userId, user.id))
        .orderBy(desc(sessions.createdAt))
        .limit(1);
      expect(cookie.split(";")[0]).toBe(`${name}=${signSessionToken(row!.sessionToken, env().AUTH_SECRET, name)}`);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(/; Secure/i.test(cookie)).toBe(secure);
    }
  });

  it("is refused on the very next request after sign-out, whose row is gone", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    const cookie = sessionCookie(sid);
    const csrf = await route.GET(new NextRequest(`${BASE}/csrf`, { headers: { cookie } }), undefined as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = [...setCookies(csrf).values()].map((c) => c.split(";")[0]).join("; ");
    const response = await route.POST(
      new NextRequest(`${BASE}/signout`, {
        method: "POST",
        headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
      }),
      undefined as never,
    );
    expect(response.status).toBe(302);
    expect(setCookies(response).get(COOKIE)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, sid))).toEqual([]);
    expect(JSON.parse((await getSession(cookie)).text)).toBeNull();
  });

  it("answers the header's sign-out, which asks for JSON (components/auth/sign-out.ts), with the page to load", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    const cookie = sessionCookie(sid);
    const csrf = await route.GET(new NextRequest(`${BASE}/csrf`, { headers: { cookie } }), undefined as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = [...setCookies(csrf).values()].map((c) => c.split(";")[0]).join("; ");
    const response = await route.POST(
      new NextRequest(`${BASE}/signout`, {
        method: "POST",
        headers: {
          cookie: `${cookie}; ${csrfCookie}`,
          "content-type": "application/x-www-form-urlencoded",
          "x-auth-return-redirect": "1",
        },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in" }),
      }),
      undefined as never,
    );
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).pathname).toBe("/sign-in");
    expect(setCookies(response).get(COOKIE)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, sid))).toEqual([]);
  });
});

/** Posts a sign-in form to Auth.js as the browser does: CSRF token first, then the credentials. */
async function signInAt(base: string, provider: "password" | "link", credentials: Record<string, string>, previousCookie: string) {
  const csrf = await route.GET(new NextRequest(`${base}/csrf`, { headers: { cookie: previousCookie } }), undefined as never);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = [...setCookies(csrf).values()].map((c) => c.split(";")[0]).join("; ");
  return route.POST(
    new NextRequest(`${base}/callback/${provider}`, {
      method: "POST",
      headers: { cookie: [previousCookie, csrfCookie].filter(Boolean).join("; "), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, ...credentials, callbackUrl: "/dashboard" }),
    }),
    undefined as never,
  );
}

describe("signing in in a browser that already carries a session", () => {
  const signInWith = (provider: "password" | "link", credentials: Record<string, string>, previousCookie: string) =>
    signInAt(BASE, provider, credentials, previousCookie);

  it("ends the previous session's row: signing in as someone else leaves the first account signed out", async () => {
    const db = await testDb();
    const [first, second] = [await createTestUser(db), await createTestUser(db)];
    const firstSid = await createSession(db, first.id);

    const response = await signInWith("password", { email: second.email, password: TEST_PASSWORD }, sessionCookie(firstSid));

    expect(response.status).toBe(302);
    const newCookie = setCookies(response).get(COOKIE);
    expect(newCookie).toBeDefined();
    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, firstSid))).toEqual([]);
    const secondSessions = await db.select().from(sessions).where(eq(sessions.userId, second.id));
    expect(secondSessions).toHaveLength(1);
    // The new cookie names the second user's new session.
    const { text } = await getSession(newCookie!.split(";")[0]!);
    expect(JSON.parse(text)).toMatchObject({ user: { email: second.email } });
  });

  it("also when the new sign-in comes from an emailed link", async () => {
    const db = await testDb();
    const [first, second] = [await createTestUser(db), await createTestUser(db)];
    const firstSid = await createSession(db, first.id);
    const token = await issueSignInHandoff(db, second.id);

    const response = await signInWith("link", { token }, sessionCookie(firstSid));

    expect(response.status).toBe(302);
    expect(setCookies(response).get(COOKIE)).toBeDefined();
    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, firstSid))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, second.id))).toHaveLength(1);
  });
});
