import { countStatements } from "@/db/statement-count";
import type { Db } from "@/db/client";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { findActiveSession } from "@/server/auth/sessions";
import type { Caller } from "./users";

export interface RequestViewer {
  /** The session token the browser's cookie names. */
  sessionToken: string;
  preferredOrgId?: string;
}

/**
 * The statements of one request: the session check from the cookie's token, then `call` with that request's
 * caller (one context, as a page's server render shares one: the session is checked once per request).
 */
export async function costOfRequest<T>(db: Db, viewer: RequestViewer, call: (caller: Caller) => Promise<T>) {
  return countStatements(async () => {
    const session = await findActiveSession(db, viewer.sessionToken);
    if (!session) throw new Error("the viewer's session should be active");
    return call(createCaller(createInnerContext({ db, session, preferredOrgId: viewer.preferredOrgId ?? null })));
  });
}
