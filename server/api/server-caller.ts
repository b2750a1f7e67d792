import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createRequestContext } from "./context";
import { createCaller } from "./root";

/** tRPC for server components: the same procedures and checks as over HTTP, without the round trip. */
export const serverApi = cache(async () => createCaller(await createRequestContext({ headers: await headers() })));
