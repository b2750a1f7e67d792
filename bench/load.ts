import autocannon from "autocannon";

/**
 * One load phase: autocannon at a fixed number of connections for a fixed
 * time, every request built by `next()` (so a phase can spread over many
 * plans or vary bodies). Latency percentiles are computed from every
 * response's own time: autocannon's summary has no p95.
 */
export interface HttpRequestSpec {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  responses: number;
  /** A few status codes seen other than 2xx, for the log. */
  statusCodes: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLoad(options: {
  name: string;
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  next: () => HttpRequestSpec;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  // The callback form returns the instance, whose "response" events carry each response's time.
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const spec = options.next();
          return { ...request, method: spec.method ?? "GET", path: spec.path, headers: { ...spec.headers }, body: spec.body };
        },
      },
    ],
  }, (error, result) => (error ? failed(error) : finished(result)));
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode > 299) statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name: options.name,
    requestsPerSecond: Math.round((latencies.length / result.duration) * 10) / 10,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.non2xx + result.errors + result.timeouts,
    responses: latencies.length,
    statusCodes,
  };
}
