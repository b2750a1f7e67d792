import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type * as AuthRoute from "@/app/api/auth/[...nextauth]/route";
import { env } from "@/server/env";
import { testDb, testDbHandle } from "../db";
import { createTestUser, TEST_PASSWORD } from "../users";

/**
 * The login throttle where the sign-in form reaches it: Auth.js's credentials
 * callback route, called in process with real requests. The route opens this
 * worker's test database through server/db.ts, so it is imported once that is
 * in place.
 */
const BASE = "http://localhost:3000/api/auth";

let route: typeof AuthRoute;
beforeAll(async () => {
  const handle = await testDbHandle();
  (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle, demoSeeded: false });
  route = await import("@/app/api/auth/[...nextauth]/route");
}, 60_000);

/** A CSRF token and its cookie, as the sign-in page fetches them before posting the form. */
async function csrf() {
  const response = await route.GET(new NextRequest(`${BASE}/csrf`), undefined as never);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { csrfToken, cookie };
}

/** Posts the password form; answers the code the sign-in page would show, or "signed-in". */
async function postSignIn(form: { csrfToken: string; cookie: string }, email: string, password: string) {
  const response = await route.POST(
    new NextRequest(`${BASE}/callback/password`, {
      method: "POST",
      headers: { cookie: form.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: form.csrfToken, email, password, callbackUrl: "/dashboard" }),
    }),
    undefined as never,
  );
  const location = new URL(response.headers.get("location") ?? "", BASE);
  return location.searchParams.get("code") ?? (location.pathname === "/dashboard" ? "signed-in" : `unexpected ${response.status} ${location}`);
}

describe("POST /api/auth/callback/password under a burst", () => {
  it("30 concurrent wrong passwords for one email get exactly SIGN_IN_MAX_FAILURES 'wrong password' answers, the rest 'too many attempts'", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const form = await csrf();

    const codes = await Promise.all(Array.from({ length: 30 }, () => postSignIn(form, user.email, "a wrong guess")));

    const limit = env().SIGN_IN_MAX_FAILURES;
    expect(codes.filter((c) => c === "bad_credentials")).toHaveLength(limit);
    expect(codes.filter((c) => c === "rate_limited")).toHaveLength(30 - limit);
    // The right password is held back too until the window passes: the guesses used up the email's attempts.
    expect(await postSignIn(form, user.email, TEST_PASSWORD)).toBe("rate_limited");
    // Another account is not.
    const other = await createTestUser(db);
    expect(await postSignIn(form, other.email, TEST_PASSWORD)).toBe("signed-in");
  });
});
