import type { HttpRequestSpec } from "./load";

/**
 * tRPC over HTTP as the app's browser client sends it (components/trpc.tsx):
 * superjson on the wire, so every input travels as `{"json": …}`; queries are
 * GET with the input in the query string, mutations a JSON POST with the
 * app's own Origin (the route handler refuses cross-origin mutations).
 */
export function trpcQueryPath(procedure: string, input: unknown): string {
  return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export function trpcQuery(procedure: string, input: unknown, cookie: string): HttpRequestSpec {
  return { path: trpcQueryPath(procedure, input), headers: { cookie } };
}

export function trpcMutation(procedure: string, input: unknown, cookie: string, origin: string): HttpRequestSpec {
  return {
    method: "POST",
    path: `/api/trpc/${procedure}`,
    headers: { cookie, origin, "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  };
}

/** Sends one request with fetch and returns the unwrapped `result.data.json`, failing loudly on an error answer. */
export async function send<T>(baseUrl: string, spec: HttpRequestSpec): Promise<T> {
  const response = await fetch(baseUrl + spec.path, { method: spec.method ?? "GET", headers: spec.headers, body: spec.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${spec.method ?? "GET"} ${spec.path.slice(0, 80)}: ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { result?: { data?: { json?: T } } };
  return body.result?.data?.json as T;
}
