import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that reads the frontend half of the wire
 * protocol and counts what the app asks for: statements (each simple Query
 * 'Q' counts its ';'-separated statements, each extended-protocol Execute 'E'
 * one), Parse messages 'P' (a statement PostgreSQL has to plan anew) and
 * round trips (each Sync 'S' or simple Query waits for the server). Counting
 * outside the app measures whatever code it runs, driver and ORM included.
 */
export interface StatementCounts {
  statements: number;
  parses: number;
  roundTrips: number;
}

/** Startup-phase request codes that are not the startup message itself (another one follows). */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Parses one client connection's byte stream incrementally; messages may be split across chunks. */
function frontendParser(counts: StatementCounts) {
  let buffer: Buffer = Buffer.alloc(0);
  let startup = true;
  return (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (startup) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const type = String.fromCharCode(buffer[0]!);
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      if (type === "Q") {
        const text = buffer.subarray(5, length).toString("utf8");
        counts.statements += Math.max(1, text.split(";").filter((s) => s.trim()).length);
        counts.roundTrips += 1;
      } else if (type === "E") counts.statements += 1;
      else if (type === "P") counts.parses += 1;
      else if (type === "S") counts.roundTrips += 1;
      buffer = buffer.subarray(1 + length);
    }
  };
}

export async function startStatementProxy(options: { port: number; target: { host: string; port: number } }) {
  const counts: StatementCounts = { statements: 0, parses: 0, roundTrips: 0 };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(options.target.port, options.target.host);
    sockets.add(client).add(upstream);
    const parse = frontendParser(counts);
    client.on("data", (chunk: Buffer) => {
      parse(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    /** A snapshot: subtract two of them to get what happened in between. */
    counts: (): StatementCounts => ({ ...counts }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
