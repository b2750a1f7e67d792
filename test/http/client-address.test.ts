import { request as httpRequest, createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressKey, clientAddress, UNIDENTIFIED_CLIENT } from "@/server/http/client-address";
import { installSocketAddressHook, SOCKET_ADDRESS_HEADER, socketAddressFrom } from "@/server/http/socket-address";

describe("clientAddress", () => {
  const cases: { name: string; forwardedFor: string | null; socket: string | undefined; hops: number; expected: string }[] = [
    { name: "no proxy: the socket", forwardedFor: null, socket: "203.0.113.7", hops: 0, expected: "203.0.113.7" },
    {
      name: "no proxy: a client's own X-Forwarded-For is ignored",
      forwardedFor: "198.51.100.1",
      socket: "203.0.113.7",
      hops: 0,
      expected: "203.0.113.7",
    },
    {
      name: "no proxy: Next.js's copy of the socket address, then the socket",
      forwardedFor: "203.0.113.7",
      socket: "203.0.113.7",
      hops: 0,
      expected: "203.0.113.7",
    },
    {
      name: "one proxy: what it appended, not what the client wrote before it",
      forwardedFor: "198.51.100.1, 203.0.113.7",
      socket: "10.0.0.2",
      hops: 1,
      expected: "203.0.113.7",
    },
    {
      name: "two proxies: two entries from the right",
      forwardedFor: "198.51.100.1, 203.0.113.7, 10.0.0.3",
      socket: "10.0.0.2",
      hops: 2,
      expected: "203.0.113.7",
    },
    {
      name: "one proxy, socket unknown: the proxy's entry still counts",
      forwardedFor: "198.51.100.1, 203.0.113.7",
      socket: undefined,
      hops: 1,
      expected: "203.0.113.7",
    },
    { name: "fewer entries than hops: the leftmost", forwardedFor: "203.0.113.7", socket: "10.0.0.2", hops: 3, expected: "203.0.113.7" },
    {
      name: "no proxy, socket unknown: one shared, still limited, bucket",
      forwardedFor: "198.51.100.1",
      socket: undefined,
      hops: 0,
      expected: UNIDENTIFIED_CLIENT,
    },
    { name: "an entry that is no address: the shared bucket", forwardedFor: "evil, x", socket: undefined, hops: 1, expected: UNIDENTIFIED_CLIENT },
    { name: "IPv4-mapped IPv6 socket", forwardedFor: null, socket: "::ffff:127.0.0.1", hops: 0, expected: "127.0.0.1" },
    { name: "IPv6 counts per /64", forwardedFor: null, socket: "2001:db8:aa:bb:1:2:3:4", hops: 0, expected: "2001:db8:aa:bb::/64" },
  ];
  it.each(cases)("$name", ({ forwardedFor, socket, hops, expected }) => {
    expect(clientAddress({ forwardedFor, socketAddress: socket, trustedProxyHops: hops })).toBe(expected);
  });

  it("gives every address of one IPv6 /64 the same key, and another /64 its own", () => {
    const keys = ["2001:db8:0:1::1", "2001:0db8:0000:0001:ffff:ffff:ffff:ffff", "[2001:db8:0:1::2]:443", "2001:db8:0:1:0::5"].map(addressKey);
    expect(new Set(keys)).toEqual(new Set(["2001:db8:0:1::/64"]));
    expect(addressKey("2001:db8:0:2::1")).toBe("2001:db8:0:2::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("198.51.100.4:5678")).toBe("198.51.100.4");
  });
});

describe("the socket-address hook", () => {
  let port = 0;
  let received: IncomingHttpHeaders = {};
  const server = createServer((req, res) => {
    received = req.headers;
    res.end();
  });

  beforeAll(async () => {
    installSocketAddressHook();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function send(headers: Record<string, string>, localAddress: string): Promise<Headers> {
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ port, host: "127.0.0.1", localAddress, headers }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });
    return new Headers(Object.entries(received).map(([k, v]): [string, string] => [k, String(v)]));
  }

  it("reports the connection's own address, whatever the client claims", async () => {
    const headers = await send({ "x-forwarded-for": "198.51.100.1", [SOCKET_ADDRESS_HEADER]: "forged 198.51.100.2" }, "127.0.0.42");
    expect(socketAddressFrom(headers)).toBe("127.0.0.42");
    expect(clientAddress({ forwardedFor: headers.get("x-forwarded-for"), socketAddress: socketAddressFrom(headers), trustedProxyHops: 0 })).toBe(
      "127.0.0.42",
    );
  });

  it("believes no value it did not stamp itself", () => {
    expect(socketAddressFrom(new Headers({ [SOCKET_ADDRESS_HEADER]: "forged 198.51.100.2" }))).toBeUndefined();
    expect(socketAddressFrom(new Headers())).toBeUndefined();
  });
});
