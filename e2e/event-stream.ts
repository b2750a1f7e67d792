/**
 * A tRPC subscription read as the browser's EventSource reads it: a GET
 * with the session cookie, the server-sent events parsed as they arrive.
 */
export interface StreamEvent {
  event: string;
  id?: string;
  /** The event's data, unwrapped from superjson's envelope. */
  data: unknown;
  at: number;
}

export interface EventStream {
  events: StreamEvent[];
  /** The first event after index `from` that matches, or a failure after `ms`. */
  waitFor: (match: (e: StreamEvent) => boolean, ms?: number, from?: number) => Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
}

export function subscriptionUrl(base: string, path: string, input: unknown): string {
  return `${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export async function openEventStream(url: string, options: { cookie: string; lastEventId?: string }): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: {
      accept: "text/event-stream",
      cookie: options.cookie,
      ...(options.lastEventId ? { "last-event-id": options.lastEventId } : {}),
    },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription refused: ${response.status}`);
  const events: StreamEvent[] = [];
  const listeners = new Set<() => void>();
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const parsed = parseBlock(block);
          if (parsed) {
            events.push(parsed);
            for (const wake of listeners) wake();
          }
        }
      }
    } catch {
      // Aborted by close(), or the connection dropped (a restart): either way the stream is over.
    }
    for (const wake of listeners) wake();
  })();
  let isEnded = false;
  void ended.then(() => (isEnded = true));
  return {
    events,
    ended,
    close: () => abort.abort(),
    waitFor: (match, ms = 5_000, from = 0) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(match);
          if (found) return finish(() => resolve(found));
          if (isEnded) finish(() => reject(new Error(`stream ended without it; events: ${JSON.stringify(events)}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`nothing within ${ms} ms; events: ${JSON.stringify(events)}`))), ms);
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        void ended.then(check);
        check();
      }),
  };
}

function parseBlock(block: string): StreamEvent | null {
  let event = "message";
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "id") id = value;
    else if (field === "data") data.push(value);
  }
  if (!data.length) return null;
  const json = JSON.parse(data.join("\n")) as { json?: unknown };
  return { event, id, data: json && typeof json === "object" && "json" in json ? json.json : json, at: Date.now() };
}
