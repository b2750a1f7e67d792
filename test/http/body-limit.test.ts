import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BODY_BYTES, withBodyLimit } from "@/server/http/body-limit";

/** A handler that reports the body it was given, so a test sees whether it ran and what reached it. */
const echo = withBodyLimit(async (request: NextRequest) => Response.json({ received: (await request.text()).length }));

function chunked(bytes: number, chunkSize = 4096): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(chunkSize, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new NextRequest("http://localhost/api/trpc/x", { method: "POST", body, headers, duplex: "half" });
}

describe("withBodyLimit", () => {
  it("passes a body of exactly the limit through whole", async () => {
    const response = await echo(post("a".repeat(MAX_REQUEST_BODY_BYTES), { "content-length": String(MAX_REQUEST_BODY_BYTES) }), {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: MAX_REQUEST_BODY_BYTES });
  });

  it("refuses a declared length over the limit with 413, without running the handler", async () => {
    const response = await echo(post("a".repeat(MAX_REQUEST_BODY_BYTES + 1), { "content-length": String(MAX_REQUEST_BODY_BYTES + 1) }), {});
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "The request body is larger than 64 kB." });
  });

  it("refuses a chunked body that grows past the limit", async () => {
    const response = await echo(post(chunked(MAX_REQUEST_BODY_BYTES + 1), { "transfer-encoding": "chunked" }), {});
    expect(response.status).toBe(413);
  });

  it("hands a chunked body under the limit on, complete", async () => {
    const response = await echo(post(chunked(50_000), { "transfer-encoding": "chunked" }), {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 50_000 });
  });

  it("lets a request without a body through", async () => {
    const response = await echo(new NextRequest("http://localhost/api/trpc/x"), {});
    expect(await response.json()).toEqual({ received: 0 });
  });
});
