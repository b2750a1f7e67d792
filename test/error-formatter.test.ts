import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createDb, type Db } from "@/db/client";
import { appRouter } from "@/server/api/root";
import { createInnerContext, fieldErrorsOf, GENERIC_ERROR_MESSAGE, UNAVAILABLE_MESSAGE } from "@/server/api/trpc";
import { testDb } from "./db";

/**
 * Calls a procedure over HTTP exactly as the browser does (superjson in both
 * directions), so what is checked is the body the browser receives.
 */
async function request(db: Db, method: "GET" | "POST", path: string, input: unknown) {
  const url = new URL(`http://localhost:3000/api/trpc/${path}`);
  if (method === "GET") url.searchParams.set("input", JSON.stringify({ json: input }));
  const req = new Request(url, {
    method,
    headers: { "content-type": "application/json" },
    body: method === "POST" ? JSON.stringify({ json: input }) : undefined,
  });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext({ db, requestId: "req-4f2a9c" }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { error: Parameters<typeof superjson.deserialize>[0] };
  return { status: res.status, text, error: superjson.deserialize<Record<string, unknown>>(body.error) };
}

describe("error formatter", () => {
  // A database that cannot be reached, with a password in its URL: the kind of detail that must not leak.
  const unreachable = createDb({
    databaseUrl: "postgres://app:s3cret-db-password@127.0.0.1:1/app",
    connectTimeoutSeconds: 1,
  });
  // A database that answers, without the app's tables: a failure no rule of ours expects.
  const unmigrated = createDb({ pgliteDir: "memory://" });
  afterAll(async () => Promise.all([(await unreachable).close(), (await unmigrated).close()]));

  it("answers an unexpected failure with the generic message and a reference, and nothing else", async () => {
    const { db } = await unmigrated;
    const { status, text, error } = await request(db, "GET", "invitation.describe", { token: "any-token" });

    expect(status).toBe(500);
    expect(error.message).toBe(`${GENERIC_ERROR_MESSAGE} (reference req-4f2a9c)`);
    expect(error.data).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      httpStatus: 500,
      path: "invitation.describe",
      fieldErrors: undefined,
    });
    for (const leak of ["invitations", "select", "does not exist", "stack", "node_modules"]) expect(text).not.toContain(leak);
  });

  it("answers while the database is out of reach with 503 and a message to try again, and no detail of the database", async () => {
    const { db } = await unreachable;
    const { status, text, error } = await request(db, "GET", "invitation.describe", { token: "any-token" });

    expect(status).toBe(503);
    expect(error.message).toBe(UNAVAILABLE_MESSAGE);
    expect(error.data).toEqual({
      code: "SERVICE_UNAVAILABLE",
      httpStatus: 503,
      path: "invitation.describe",
      fieldErrors: undefined,
    });
    for (const leak of ["s3cret", "127.0.0.1:1", "ECONNREFUSED", "stack", "node_modules"]) expect(text).not.toContain(leak);
  });

  it("answers invalid input with one summary and a message per field", async () => {
    const db = await testDb();
    const { status, error } = await request(db, "POST", "auth.signUp", {
      name: "Ada",
      email: "not-an-email",
      password: "short",
      organisationName: "Engines",
    });

    expect(status).toBe(400);
    expect(error.message).toBe("Please check the highlighted fields.");
    expect(error.data).toEqual({
      code: "BAD_REQUEST",
      httpStatus: 400,
      path: "auth.signUp",
      fieldErrors: {
        email: ["Enter a valid email address, like name@example.com."],
        password: ["Use at least 10 characters."],
      },
    });
  });
});

describe("field errors of nested input", () => {
  const schema = z
    .object({
      title: z.string().min(1, "Enter a title."),
      meeting: z.object({ roleTitle: z.string().min(1, "Enter the role title.").max(3, "Too long.").regex(/^[a-z]*$/, "Lower case only.") }),
      people: z.array(z.object({ url: z.url("Enter a link.") })),
    })
    .refine((v) => v.title !== "forbidden", "This combination is not allowed.");

  it("keys each message by its dotted path, keeps top-level keys as they were, and leaves whole-input issues out", () => {
    const nested = schema.safeParse({ title: "", meeting: { roleTitle: "ABCD" }, people: [{ url: "https://ok.example" }, { url: "nope" }] });
    expect(fieldErrorsOf(nested.error!)).toEqual({
      title: ["Enter a title."],
      "meeting.roleTitle": ["Too long.", "Lower case only."],
      "people.1.url": ["Enter a link."],
    });
    const whole = schema.safeParse({ title: "forbidden", meeting: { roleTitle: "a" }, people: [] });
    expect(fieldErrorsOf(whole.error!)).toEqual({});
  });
});
