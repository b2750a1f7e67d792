/** /api/health as a load balancer polls it: what it said, when, and how fast. */
export interface HealthSample {
  at: number;
  ms: number;
  status: number;
}

/** Polls until `until` resolves; a probe that gets no answer within 5 s counts as status 0. */
export async function watchHealth(baseUrl: string, intervalMs: number, until: Promise<void>): Promise<HealthSample[]> {
  const samples: HealthSample[] = [];
  let stopped = false;
  void until.then(() => (stopped = true));
  while (!stopped) {
    const at = Date.now();
    const status = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
      () => 0,
    );
    samples.push({ at, ms: Date.now() - at, status });
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return samples;
}
