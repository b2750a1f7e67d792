import { randomUUID } from "node:crypto";
import { env } from "@/server/env";
import { clientAddress } from "@/server/http/client-address";
import { socketAddressFrom } from "@/server/http/socket-address";

/**
 * The address the per-address limits count under: the socket's peer, or the
 * X-Forwarded-For entry TRUSTED_PROXY_HOPS proxies away (server/http/client-address.ts).
 */
export function clientIp(headers: Headers): string {
  return clientAddress({
    forwardedFor: headers.get("x-forwarded-for"),
    socketAddress: socketAddressFrom(headers),
    trustedProxyHops: env().TRUSTED_PROXY_HOPS,
  });
}

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
}
