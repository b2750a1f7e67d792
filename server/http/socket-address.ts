import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * `next start` gives route handlers no socket, and it records the peer's
 * address only when the request carries no X-Forwarded-For at all
 * (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`):
 * a client that sends the header itself hides its real address behind any
 * value it likes. So, before Next sees a request, Node's
 * `http.server.request.start` channel stamps the socket's address into a
 * header of our own. The value is prefixed with a secret made when this
 * process starts, so a client that sends the header itself (or a request
 * parsed before the hook was installed) is never believed.
 */
export const SOCKET_ADDRESS_HEADER = "x-second-round-socket-address";

const processSecret = Symbol.for("second-round.socket-address-secret");
type WithSecret = { [processSecret]?: string };

export function installSocketAddressHook(): void {
  const holder = globalThis as WithSecret;
  if (holder[processSecret]) return;
  const secret = randomUUID();
  holder[processSecret] = secret;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[SOCKET_ADDRESS_HEADER] = `${secret} ${socket.remoteAddress ?? ""}`;
  });
}

/** The address of the connection's peer, when this process's hook stamped it on the request. */
export function socketAddressFrom(headers: Headers): string | undefined {
  const secret = (globalThis as WithSecret)[processSecret];
  const stamped = headers.get(SOCKET_ADDRESS_HEADER);
  if (!secret || !stamped?.startsWith(`${secret} `)) return undefined;
  return stamped.slice(secret.length + 1) || undefined;
}
