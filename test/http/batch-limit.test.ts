import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type * as TrpcRoute from "@/app/api/trpc/[trpc]/route";
import { batchLinkOptions } from "@/components/trpc-batch-link";
import type { AppRouter } from "@/server/api/root";
import { MAX_BATCH_CALLS } from "@/server/rules/limits";
import { testDbHandle } from "../db";

/**
 * The browser's batching link (the options components/trpc.tsx gives it)
 * against the app's tRPC route handler, in process: the link never puts more
 * calls in one request than the route accepts. The route opens this worker's
 * test database through server/db.ts, so it is imported once that is in place.
 */
const ORIGIN = "http://localhost:3000";

let route: typeof TrpcRoute;
beforeAll(async () => {
  const handle = await testDbHandle();
  (globalThis as { appDb?: Promise<unknown> }).appDb = Promise.resolve({ handle, demoSeeded: false });
  route = await import("@/app/api/trpc/[trpc]/route");
}, 60_000);

/** Sends every request to the route handler and records how many calls each one carried. */
function recordingFetch(batches: number[]) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new NextRequest(new URL(String(input), ORIGIN), init as ConstructorParameters<typeof NextRequest>[1]);
    batches.push(decodeURIComponent(request.nextUrl.pathname.replace("/api/trpc/", "")).split(",").length);
    return route.GET(request, undefined as never);
  };
}

describe("tRPC batches", () => {
  it("the browser's link uses the server's batch limit", () => {
    expect(batchLinkOptions.maxItems).toBe(MAX_BATCH_CALLS);
    expect(MAX_BATCH_CALLS).toBe(10);
  });

  it("25 calls made at once go out in requests of at most MAX_BATCH_CALLS, and the route answers every one", async () => {
    const batches: number[] = [];
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ ...batchLinkOptions, url: `${ORIGIN}${batchLinkOptions.url}`, fetch: recordingFetch(batches) })],
    });

    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => client.auth.describeVerification.query({ token: `not-a-real-token-${i}` })),
    );

    expect(answers).toEqual(Array(25).fill({ state: "invalid" }));
    expect(batches.toSorted((a, b) => b - a)).toEqual([10, 10, 5]);
  });

  it("the route refuses a request of MAX_BATCH_CALLS + 1 calls before any procedure runs, and accepts MAX_BATCH_CALLS", async () => {
    const batch = (n: number) => {
      const paths = Array(n).fill("auth.describeVerification").join(",");
      const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: { token: `t${i}` } }]));
      return route.GET(
        new NextRequest(`${ORIGIN}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`),
        undefined as never,
      );
    };
    expect((await batch(MAX_BATCH_CALLS)).status).toBe(200);
    expect((await batch(MAX_BATCH_CALLS + 1)).status).toBe(400);
  });
});
