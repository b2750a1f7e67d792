import { cacheSignal } from "react";

/**
 * When a server render completes, React aborts its cache signal with an Error whose stack it never reads
 * (react-server-dom's flushCompletedChunks). Until a stack is read V8 keeps it as call-site objects, and those
 * keep the closures of the render's last frames alive, with the setImmediate handles they scheduled; Node 20
 * leaves a run handle linked to the next one, so one pinned handle holds every later handle of its batch with its
 * arguments. Under load that kept ~1,500 finished responses and their render trees (~60 MB of live heap for one
 * page, more across several: the benchmark's peak RSS went to 400 MB). Reading the stack once turns it into a
 * string and lets all of it go.
 */
export function releaseRenderStackOnCompletion(): void {
  const signal = cacheSignal();
  if (!signal || signal.aborted) return;
  signal.addEventListener(
    "abort",
    () => {
      const reason: unknown = signal.reason;
      if (reason instanceof Error) void reason.stack;
    },
    { once: true },
  );
}
