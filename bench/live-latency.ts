import { openEventStream, subscriptionUrl } from "../e2e/event-stream";
import { percentile } from "./load";
import { send, trpcMutation } from "./trpc-http";

/**
 * The live-update round trip: the candidate listens on the plan's stream
 * (live.plan over SSE, as the browser's EventSource does), the recruiter
 * adds a goal through the API, and the time from sending that change to the
 * candidate's event naming a changed part is one sample.
 */
export interface LiveResult {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

export async function measureLiveRoundTrip(options: {
  appUrl: string;
  planId: string;
  candidateCookie: string;
  recruiterCookie: string;
  samples: number;
}): Promise<LiveResult> {
  const stream = await openEventStream(subscriptionUrl(options.appUrl, "live.plan", { planId: options.planId }), {
    cookie: options.candidateCookie,
  });
  const changed = (e: { data: unknown }) => {
    const data = e.data as { parts?: unknown[]; catchUp?: boolean } | null;
    return Boolean(data && (data.catchUp || (data.parts && data.parts.length > 0)));
  };
  try {
    // The opening event says the subscription is in place; changes before it would be missed.
    await stream.waitFor(() => true, 10_000);
    const latencies: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      const from = stream.events.length;
      const sentAt = Date.now();
      await send(
        options.appUrl,
        trpcMutation(
          "goal.add",
          { planId: options.planId, kind: "challenge", text: `Live sample ${i}`, priority: "nice", visibility: "shared" },
          options.recruiterCookie,
          options.appUrl,
        ),
      );
      const event = await stream.waitFor(changed, 10_000, from);
      latencies.push(event.at - sentAt);
      await new Promise((r) => setTimeout(r, 100));
    }
    latencies.sort((a, b) => a - b);
    return { samples: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1)! };
  } finally {
    stream.close();
  }
}
