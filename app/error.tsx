"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  // Server errors arrive with only a digest: it is the reference to quote when reporting the problem.
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <div role="alert" className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        Something went wrong on our side. Please try again in a moment.
        {digest && ` (reference ${digest})`}
      </p>
      <Button className="mt-8" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
