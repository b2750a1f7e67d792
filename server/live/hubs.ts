import { handleOf, type Db } from "@/db/client";
import { LiveHub } from "./hub";

/**
 * One hub per database handle, which in the app means one per process (a
 * test worker has its own handle, hence its own hub). Kept on globalThis so
 * dev hot reloads do not open a second LISTEN.
 */
const globalForLive = globalThis as unknown as { liveHubs?: Map<Db, LiveHub>; liveClosed?: boolean };
const hubs = (globalForLive.liveHubs ??= new Map());

/** True once shutdown has begun: new subscriptions are told to reconnect elsewhere. */
export function isLiveClosed(): boolean {
  return globalForLive.liveClosed === true;
}

export function liveHubFor(db: Db): LiveHub {
  let hub = hubs.get(db);
  if (!hub || hub.closed) {
    const handle = handleOf(db);
    if (!handle) throw new Error("live: this database was not opened with createDb");
    hub = new LiveHub(handle);
    hubs.set(db, hub);
  }
  return hub;
}

/** On shutdown: ends every live subscription (clients reconnect elsewhere) and every LISTEN. */
export async function closeLiveHubs(): Promise<void> {
  globalForLive.liveClosed = true;
  const open = [...hubs.values()];
  hubs.clear();
  await Promise.all(open.map((hub) => hub.close()));
}
