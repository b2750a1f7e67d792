import { isIPv4, isIPv6 } from "node:net";

/**
 * The key the per-address limits count under when the address cannot be
 * learned: one shared bucket, so an unknown address is still limited.
 */
export const UNIDENTIFIED_CLIENT = "unidentified";

/**
 * The client's address, as far as it can be believed. The chain is what the
 * trusted proxies appended to X-Forwarded-For, then the socket's peer: each
 * trusted hop is one step further left, and anything left of the last
 * trusted hop was written by the client. With no trusted hops (the default)
 * only the socket counts, so a client cannot choose its own address.
 */
export function clientAddress(input: {
  forwardedFor: string | null;
  socketAddress: string | undefined;
  trustedProxyHops: number;
}): string {
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain: (string | undefined)[] = [...forwarded, input.socketAddress];
  const chosen = chain[Math.max(0, chain.length - 1 - input.trustedProxyHops)];
  return (chosen && addressKey(chosen)) || UNIDENTIFIED_CLIENT;
}

/**
 * One key per IPv4 address and per IPv6 /64: whoever holds one IPv6 address
 * usually holds its whole /64, and would otherwise get 2^64 fresh limits.
 */
export function addressKey(raw: string): string | undefined {
  const address = raw
    .replace(/^\[|\](:\d+)?$/g, "")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
  return undefined;
}

function ipv6Groups(address: string): string[] {
  const expand = (part: string) =>
    part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : [];
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = expand(head);
  const right = tail === undefined ? [] : expand(tail);
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}
