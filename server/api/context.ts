import "server-only";
import { sessionOfRequest } from "@/server/auth/current-session";
import { getDb } from "@/server/db";
import { clientIp, requestIdFrom } from "@/server/request";
import { ACTIVE_ORG_COOKIE, readCookie } from "./active-org";
import { createInnerContext, rethrowUnreachable } from "./trpc";

/**
 * The context for a request from a browser: the session from its cookie, checked against the database in
 * one statement that also reads the viewer's memberships (procedures read them from ctx.session).
 */
export async function createRequestContext(opts: { headers: Headers; resHeaders?: Headers }) {
  return createInnerContext({
    db: await getDb(),
    session: await sessionOfRequest(opts.headers).catch(rethrowUnreachable),
    preferredOrgId: readCookie(opts.headers.get("cookie"), ACTIVE_ORG_COOKIE),
    requestId: requestIdFrom(opts.headers),
    ip: clientIp(opts.headers),
    resHeaders: opts.resHeaders,
  });
}
