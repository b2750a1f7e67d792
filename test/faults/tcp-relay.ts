import net from "node:net";

/**
 * What stands between the app and its database in the run: a TCP relay that can go silent, as a database host
 * does when it fails over or drops off the network. Silent, it cuts the connections it carried and takes new
 * ones without a word (no refusal either): the app's connects are left to time out. Stopping the server
 * cannot show this: a stopped server's port refuses at once.
 */
export class TcpRelay {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private silent = false;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((socket) => this.accept(socket));
  }

  /** Listens on a free port of 127.0.0.1 and resolves to it. */
  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, "127.0.0.1", () => resolve((this.server.address() as net.AddressInfo).port)));
  }

  goSilent(): void {
    this.silent = true;
    for (const socket of this.sockets) socket.destroy();
  }

  speakAgain(): void {
    this.silent = false;
    // What arrived while silent is never answered; the app gave up on it long ago.
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.silent) return;
    const upstream = net.connect(this.target.port, this.target.host);
    this.track(upstream);
    // Each side ends the other once what it sent has been passed on (the server's last words before it shuts
    // down included); a reset is passed on as a reset.
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {});
  }
}
