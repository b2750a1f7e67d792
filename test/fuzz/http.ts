import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import superjson from "superjson";
import type { ActiveSession } from "@/server/auth/sessions";
import { ACTIVE_ORG_COOKIE, readCookie } from "@/server/api/active-org";
import { appRouter } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { Db } from "@/db/client";
import { uniqueIp } from "../users";

/**
 * What a browser (or anyone with curl) can put on the wire that never reaches
 * a procedure as a JavaScript value in the in-process caller: superjson meta,
 * which the fetch adapter deserializes before validation, and the cookie header
 * the request context is built from.
 */

type Meta = Record<string, unknown> | undefined;
type Forge = (payload: { json: unknown; meta?: Meta }) => unknown;

/** Own keys (as JSON.parse makes them) that would write to Object.prototype if followed. */
function pollutingPaths(annotation: unknown): unknown {
  const value = JSON.stringify(annotation);
  return JSON.parse(`{"__proto__": ${value}, "__proto__.polluted": ${value}, "constructor.prototype.polluted": ${value}}`);
}

/** superjson annotations naming types, classes and paths that the payload does not hold. */
const forgedMeta: fc.Arbitrary<Forge> = fc.oneof(
  fc.constant<Forge>((p) => p),
  fc
    .constantFrom<unknown>(
      ["custom", "no-such-type"],
      ["class", "NoSuchClass"],
      ["Date"],
      ["bigint"],
      ["number"],
      ["regexp"],
      ["set"],
      ["map"],
      ["symbol", "x"],
      ["Error"],
      ["URL"],
      ["undefined"],
      [["map", {}]],
      "Date",
      42,
      null,
    )
    .chain((annotation) =>
      fc.constantFrom<Forge>(
        (p) => ({ json: p.json, meta: { values: annotation } }),
        (p) => ({ json: p.json, meta: { values: { planId: annotation, token: annotation, email: annotation, "a.b.c": annotation } } }),
        (p) => ({ json: p.json, meta: { values: pollutingPaths(annotation) } }),
      ),
    ),
  fc.constantFrom<Forge>(
    (p) => ({ json: p.json, meta: { referentialEqualities: { planId: ["__proto__.polluted"] } } }),
    (p) => ({ json: p.json, meta: { referentialEqualities: { "": ["constructor.prototype.polluted"] } } }),
    (p) => ({ json: p.json, meta: { referentialEqualities: "nonsense" } }),
    (p) => ({ json: p.json, meta: { values: {}, v: 999 } }),
    (p) => ({ json: p.json, meta: "not an object" }),
    (p) => ({ meta: p.meta }),
    (p) => p.json,
    () => "not json at all",
    () => [1, 2, 3],
  ),
);

export const cookieHeader = (orgIds: string[]): fc.Arbitrary<string | null> =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(...orgIds).map((id) => `${ACTIVE_ORG_COOKIE}=${id}`),
    fc.constantFrom("%", "%E0%A4%A", "%%", "%ZZ", "%u0041", "", "=", "not-a-uuid").map((v) => `${ACTIVE_ORG_COOKIE}=${v}`),
    fc.string({ unit: fc.constantFrom("a", "%", "=", ";", " ", "E", "0", "s", "r", "-", "o", "g") }).map((s) => `${ACTIVE_ORG_COOKIE}=${s}; other=${s}`),
  );

export interface HttpCall {
  path: string;
  type: "query" | "mutation";
  session: ActiveSession | null;
  input: unknown;
  forge: Forge;
  cookie: string | null;
}

export const httpShape = (orgIds: string[]) => fc.record({ forge: forgedMeta, cookie: cookieHeader(orgIds) });

/** The wire form of the input; undefined when superjson cannot even serialize it (the client could not send it). */
function wirePayload(call: HttpCall): string | undefined {
  try {
    return JSON.stringify(call.forge(superjson.serialize(call.input) as { json: unknown; meta?: Meta }));
  } catch {
    return undefined;
  }
}

/**
 * The call as the fetch adapter runs it: GET with ?input= for queries, a JSON
 * POST for mutations; the context is built from the cookie header exactly as
 * createRequestContext does, with the actor's session already checked.
 * Returns the HTTP status and the tRPC error code, if any.
 */
export async function callOverHttp(db: Db, call: HttpCall): Promise<{ status: number; code?: string } | undefined> {
  const payload = wirePayload(call);
  if (payload === undefined) return undefined;
  const url = new URL(`http://localhost/api/trpc/${call.path}`);
  const init: RequestInit = {};
  if (call.type === "query") url.searchParams.set("input", payload);
  else Object.assign(init, { method: "POST", body: payload, headers: { "content-type": "application/json" } });
  const req = new Request(url, init);
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () =>
      createInnerContext({
        db,
        session: call.session,
        preferredOrgId: readCookie(call.cookie, ACTIVE_ORG_COOKIE),
        ip: uniqueIp(),
        requestId: "fuzz",
      }),
  });
  const text = await res.text();
  const body = (() => {
    try {
      return JSON.parse(text) as { error?: { json?: { data?: { code?: string } } } };
    } catch {
      return {};
    }
  })();
  return { status: res.status, code: body.error?.json?.data?.code };
}
