import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type * as TrpcRoute from "@/app/api/trpc/[trpc]/route";
import { addMember, createOrganisation, createUser } from "@/db/seed/factories";
import { countStatements } from "@/db/statement-count";
import { memberships, sessions } from "@/db/schema";
import { ACTIVE_ORG_COOKIE } from "@/server/api/active-org";
import { createRequestContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";
import { createCallerFactory, createTRPCRouter, recruiterProcedure } from "@/server/api/trpc";
import { sessionTokenInCookie } from "@/server/auth/cookie-session";
import { createSession } from "@/server/auth/sessions";
import { signSessionToken } from "@/server/auth/signed-cookie";
import { env } from "@/server/env";
import { testDb, testDbHandle } from "./db";
import { createTestUser } from "./users";

/**
 * The check every request makes, through the same entry points the app
 * uses: createRequestContext with the request's headers, and the tRPC route.
 */
const COOKIE = "authjs.session-token";
const SECURE_COOKIE = `__Secure-${COOKIE}`;
const HOUR = 60 * 60_000;

const cookieFor = (sid: string, name = COOKIE) => `${name}=${signSessionToken(sid, env().AUTH_SECRET, name)}`;
const requestWith = (cookie: string) => ({ headers: new Headers({ cookie }) });

/** Nothing but the middleware: what recruiterProcedure costs by itself. */
const probe = createCallerFactory(createTRPCRouter({ membership: recruiterProcedure.query(({ ctx }) => ctx.membership) }));

let trpcRoute: typeof TrpcRoute;
beforeAll(async () => {
  const handle = await testDbHandle();
  (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle, demoSeeded: false });
  trpcRoute = await import("@/app/api/trpc/[trpc]/route");
}, 60_000);

async function recruiterWithTwoOrgs() {
  const db = await testDb();
  const user = await createTestUser(db);
  const [first, second] = [await createOrganisation(db, { name: "Alpha Ltd" }), await createOrganisation(db, { name: "Beta Ltd" })];
  await addMember(db, second.id, user.id, "admin");
  await addMember(db, first.id, user.id, "recruiter");
  return { db, user, first, second };
}

describe("reading the session cookie", () => {
  it("takes the secure cookie first, and the other when the secure one is not ours", () => {
    const [a, b] = ["a".repeat(43), "b".repeat(43)];
    expect(sessionTokenInCookie(new Headers({ cookie: `${cookieFor(b)}; ${cookieFor(a, SECURE_COOKIE)}` }), env().AUTH_SECRET)).toBe(a);
    expect(sessionTokenInCookie(new Headers({ cookie: `${SECURE_COOKIE}=forged; ${cookieFor(b)}` }), env().AUTH_SECRET)).toBe(b);
    expect(sessionTokenInCookie(new Headers({ cookie: `other=1; ${SECURE_COOKIE}=${a}` }), env().AUTH_SECRET)).toBeNull();
    expect(sessionTokenInCookie(new Headers(), env().AUTH_SECRET)).toBeNull();
  });
});

describe("the request's viewer", () => {
  it("comes with the verified flag and memberships, ordered by name, the chosen organisation honoured", async () => {
    const { db, user, first, second } = await recruiterWithTwoOrgs();
    const sid = await createSession(db, user.id);
    const ctx = await createRequestContext(requestWith(`${cookieFor(sid)}; ${ACTIVE_ORG_COOKIE}=${second.id}`));
    expect(ctx.session).toEqual({
      sessionToken: sid,
      user: { id: user.id, name: user.name, email: user.email },
      emailVerified: true,
      notificationEmails: true,
      memberships: [
        { orgId: first.id, orgName: "Alpha Ltd", role: "recruiter" },
        { orgId: second.id, orgName: "Beta Ltd", role: "admin" },
      ],
    });
    expect(await probe(ctx).membership()).toMatchObject({ orgId: second.id, role: "admin" });
    expect(await createCaller(ctx).account.me()).toMatchObject({ activeOrgId: second.id, memberships: ctx.session!.memberships });
  });

  it("costs one statement for the context and recruiterProcedure, two when the activity update is due", async () => {
    const { db, user } = await recruiterWithTwoOrgs();
    const fresh = await createSession(db, user.id);
    const request = requestWith(cookieFor(fresh));
    const { statements } = await countStatements(async () => probe(await createRequestContext(request)).membership());
    expect(statements).toHaveLength(1);
    // account.me, the header of every page, adds nothing.
    const me = await countStatements(async () => createCaller(await createRequestContext(request)).account.me());
    expect(me.statements).toHaveLength(1);

    const stale = await createSession(db, user.id, new Date(Date.now() - 2 * HOUR));
    const staleRequest = requestWith(cookieFor(stale));
    const due = await countStatements(async () => probe(await createRequestContext(staleRequest)).membership());
    expect(due.statements).toHaveLength(2);
    expect(due.statements[1]).toMatch(/^update "sessions"/);
    const after = await countStatements(async () => probe(await createRequestContext(staleRequest)).membership());
    expect(after.statements).toHaveLength(1);
  });

  it("a removed membership or an unverified address is refused on the next request", async () => {
    const { db, user, first, second } = await recruiterWithTwoOrgs();
    const request = requestWith(`${cookieFor(await createSession(db, user.id))}; ${ACTIVE_ORG_COOKIE}=${second.id}`);
    await db.delete(memberships).where(eq(memberships.orgId, second.id));
    // The chosen organisation is only a preference: without that membership, the other one applies.
    expect(await probe(await createRequestContext(request)).membership()).toMatchObject({ orgId: first.id });

    const unverified = await createUser(db, { emailVerified: null });
    await addMember(db, first.id, unverified.id, "recruiter");
    const ctx = await createRequestContext(requestWith(cookieFor(await createSession(db, unverified.id))));
    await expect(probe(ctx).membership()).rejects.toMatchObject({ code: "FORBIDDEN", message: /Confirm your email/ });
  });

  it("a revoked session is refused on the very next request", async () => {
    const { db, user } = await recruiterWithTwoOrgs();
    const sid = await createSession(db, user.id);
    const request = requestWith(cookieFor(sid));
    expect((await createRequestContext(request)).session).not.toBeNull();
    await db.delete(sessions).where(eq(sessions.sessionToken, sid));
    const ctx = await createRequestContext(request);
    expect(ctx.session).toBeNull();
    await expect(probe(ctx).membership()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("the tRPC route with a cookie this server did not sign", () => {
  it("answers 401, never a 500", async () => {
    const db = await testDb();
    const user = await createTestUser(db);
    const sid = await createSession(db, user.id);
    const genuine = signSessionToken(sid, env().AUTH_SECRET, COOKIE);
    const cookies = [
      `${COOKIE}=${genuine.slice(0, -1)}${genuine.endsWith("A") ? "B" : "A"}`,
      `${COOKIE}=${signSessionToken(sid, "some-other-secret-0123456789-abcdefghij", COOKIE)}`,
      `${COOKIE}=${genuine.slice(0, 20)}`,
      `${COOKIE}=%E0%A4%A; ${SECURE_COOKIE}=..`,
    ];
    for (const cookie of cookies) {
      const response = await trpcRoute.GET(
        new NextRequest("http://localhost:3000/api/trpc/account.me", { headers: { cookie } }),
        undefined as never,
      );
      expect(response.status, cookie).toBe(401);
    }
    const ok = await trpcRoute.GET(
      new NextRequest("http://localhost:3000/api/trpc/account.me", { headers: { cookie: `${COOKIE}=${genuine}` } }),
      undefined as never,
    );
    expect(ok.status).toBe(200);
  });
});
