import { NextRequest } from "next/server";

/** Far above any form or tRPC batch the app sends; a larger body is refused before it is read whole. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

type RouteHandler<C> = (request: NextRequest, context: C) => Response | Promise<Response>;

/** The route handler behind a 413 for bodies over `maxBytes`, declared or streamed. */
export function withBodyLimit<C>(handler: RouteHandler<C>, maxBytes = MAX_REQUEST_BODY_BYTES): RouteHandler<C> {
  return async (request, context) => {
    const limited = await limitBody(request, maxBytes);
    return limited instanceof Response ? limited : handler(limited, context);
  };
}

/**
 * A declared Content-Length is checked without reading (Node's parser holds the
 * body to it); a chunked body is read up to the limit and handed on as a copy.
 */
export async function limitBody(request: NextRequest, maxBytes: number): Promise<NextRequest | Response> {
  if (!request.body) return request;
  const declared = request.headers.get("content-length");
  if (declared !== null && !request.headers.has("transfer-encoding"))
    return Number(declared) > maxBytes ? tooLarge(maxBytes) : request;
  const body = await readAtMost(request.body, maxBytes);
  if (!body) return tooLarge(maxBytes);
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.byteLength));
  return new NextRequest(request.url, { method: request.method, headers, body, signal: request.signal });
}

async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(maxBytes: number): Response {
  return Response.json(
    { error: `The request body is larger than ${Math.floor(maxBytes / 1024)} kB.` },
    { status: 413, headers: { "Cache-Control": "no-store" } },
  );
}
